# Generated from the OpenRouter OpenAPI spec (components/schemas/FileDeleteResponse) by `python -m codegen`; do not edit.
"""Confirmation that a file was deleted, in the negotiated shape."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_file_deleted import AnthropicFileDeleted
from openrouter_core.models.openai_file_deleted import OpenAIFileDeleted
from openrouter_core.models.openrouter_file_deleted import OpenRouterFileDeleted

FileDeleteResponse: TypeAlias = (
    OpenRouterFileDeleted | OpenAIFileDeleted | AnthropicFileDeleted | dict[str, Any]
)
"""Confirmation that a file was deleted, in the negotiated shape."""


_FILE_DELETE_RESPONSE_BY_SHAPE: dict[Any, Any] = {
    "anthropic": AnthropicFileDeleted,
    "openai": OpenAIFileDeleted,
    "openrouter": OpenRouterFileDeleted,
}


def _choose_file_delete_response(data: Any) -> Any:
    """The member of :data:`FileDeleteResponse` that ``data`` is, by its ``_shape``.

    An unknown ``_shape`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _FILE_DELETE_RESPONSE_BY_SHAPE.get(data.get("_shape"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"FileDeleteResponse: expected an object, got {type(data).__name__}")


register_union(FileDeleteResponse, _choose_file_delete_response)
