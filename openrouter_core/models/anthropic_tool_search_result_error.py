# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolSearchResultError) by `python -m codegen`; do not edit.
"""The ``AnthropicToolSearchResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicToolSearchResultError:
    """The ``AnthropicToolSearchResultError`` object."""

    error_code: str
    """Known values: :class:`AnthropicServerToolErrorCode`."""
    error_message: str | None
    type: str = "tool_search_tool_result_error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
