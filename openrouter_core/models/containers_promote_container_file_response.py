# Generated from the OpenRouter OpenAPI spec (ContainersPromoteContainerFileResponse) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicFile`, :class:`OpenAIFile`, :class:`OpenRouterFile`,
:class:`UnknownFileResponse`, ``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_file import AnthropicFile
from openrouter_core.models.openai_file import OpenAIFile
from openrouter_core.models.openrouter_file import OpenRouterFile
from openrouter_core.models.unknown_file_response import UnknownFileResponse

ContainersPromoteContainerFileResponse: TypeAlias = (
    AnthropicFile | OpenAIFile | OpenRouterFile | UnknownFileResponse | dict[str, Any]
)
"""One of :class:`AnthropicFile`, :class:`OpenAIFile`, :class:`OpenRouterFile`,
:class:`UnknownFileResponse`, ``dict[str, Any]``.
"""


_CONTAINERS_PROMOTE_CONTAINER_FILE_RESPONSE_BY_SHAPE: dict[Any, Any] = {
    "anthropic": AnthropicFile,
    "openai": OpenAIFile,
    "openrouter": OpenRouterFile,
}


def _choose_containers_promote_container_file_response(data: Any) -> Any:
    """The member of :data:`ContainersPromoteContainerFileResponse` that ``data`` is, by its
    ``_shape``.

    An unknown ``_shape`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        if "_shape" not in data:
            return UnknownFileResponse
        return _CONTAINERS_PROMOTE_CONTAINER_FILE_RESPONSE_BY_SHAPE.get(data["_shape"], dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"ContainersPromoteContainerFileResponse: expected an object, got {type(data).__name__}"
    )


register_union(
    ContainersPromoteContainerFileResponse, _choose_containers_promote_container_file_response
)
