# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebSearchToolResultError) by `python -m codegen`; do not edit.
"""The ``AnthropicWebSearchToolResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicWebSearchToolResultError:
    """The ``AnthropicWebSearchToolResultError`` object."""

    error_code: str
    """Known values: ``"invalid_tool_input"``, ``"unavailable"``, ``"max_uses_exceeded"``,
    ``"too_many_requests"``, ``"query_too_long"``, ``"request_too_large"``.
    """
    type: str = "web_search_tool_result_error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
