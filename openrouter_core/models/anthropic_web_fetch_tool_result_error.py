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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error_code: str,
        type: str = "web_fetch_tool_result_error",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error_code", error_code)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(error_code={self.error_code!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error_code, self.type, self.extra_fields) == (
            other.error_code,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnthropicWebFetchToolResultError", self.error_code, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
