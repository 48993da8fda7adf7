# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicServerToolUsage) by `python -m codegen`; do not edit.
"""The ``AnthropicServerToolUsage`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicServerToolUsage:
    """The ``AnthropicServerToolUsage`` object."""

    web_fetch_requests: int
    web_search_requests: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        web_fetch_requests: int,
        web_search_requests: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("web_fetch_requests", web_fetch_requests)
        _setattr("web_search_requests", web_search_requests)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"web_fetch_requests={self.web_fetch_requests!r}, "
            f"web_search_requests={self.web_search_requests!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.web_fetch_requests, self.web_search_requests, self.extra_fields) == (
            other.web_fetch_requests,
            other.web_search_requests,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicServerToolUsage",
                self.web_fetch_requests,
                self.web_search_requests,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
