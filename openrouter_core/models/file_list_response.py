# Generated from the OpenRouter OpenAPI spec (components/schemas/FileListResponse) by `python -m codegen`; do not edit.
"""A page of files, in the negotiated shape."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_file_list import AnthropicFileList
from openrouter_core.models.openai_file_list import OpenAIFileList
from openrouter_core.models.openrouter_file_list import OpenRouterFileList

FileListResponse: TypeAlias = (
    OpenRouterFileList | OpenAIFileList | AnthropicFileList | dict[str, Any]
)
"""A page of files, in the negotiated shape."""


_FILE_LIST_RESPONSE_BY_SHAPE: dict[Any, Any] = {
    "anthropic": AnthropicFileList,
    "openai": OpenAIFileList,
    "openrouter": OpenRouterFileList,
}


def _choose_file_list_response(data: Any) -> Any:
    """The member of :data:`FileListResponse` that ``data`` is, by its ``_shape``.

    An unknown ``_shape`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _FILE_LIST_RESPONSE_BY_SHAPE.get(data.get("_shape"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"FileListResponse: expected an object, got {type(data).__name__}")


register_union(FileListResponse, _choose_file_list_response)
