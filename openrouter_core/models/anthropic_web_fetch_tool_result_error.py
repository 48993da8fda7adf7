# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebFetchToolResultError) by `python -m codegen`; do not edit.
"""The ``AnthropicWebFetchToolResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicWebFetchToolResultError:
    """The ``AnthropicWebFetchToolResultError`` object."""

    error_code: str
    """Known values: ``"invalid_tool_input"``, ``"url_too_long"``, ``"url_not_allowed"``,
    ``"url_not_accessible"``, ``"unsupported_content_type"``, ``"too_many_requests"``,
    ``"max_uses_exceeded"``, ``"unavailable"``.
    """
    type: str = "web_fetch_tool_result_error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
