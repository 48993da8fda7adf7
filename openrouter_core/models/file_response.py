# Generated from the OpenRouter OpenAPI spec (components/schemas/FileResponse) by `python -m codegen`; do not edit.
"""A stored file."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_file import AnthropicFile
from openrouter_core.models.openai_file import OpenAIFile
from openrouter_core.models.openrouter_file import OpenRouterFile

FileResponse: TypeAlias = OpenRouterFile | OpenAIFile | AnthropicFile | dict[str, Any]
"""A stored file."""


_FILE_RESPONSE_BY_SHAPE: dict[Any, Any] = {
    "anthropic": AnthropicFile,
    "openai": OpenAIFile,
    "openrouter": OpenRouterFile,
}


def _choose_file_response(data: Any) -> Any:
    """The member of :data:`FileResponse` that ``data`` is, by its ``_shape``.

    An unknown ``_shape`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _FILE_RESPONSE_BY_SHAPE.get(data.get("_shape"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"FileResponse: expected an object, got {type(data).__name__}")


register_union(FileResponse, _choose_file_response)
