# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchDomainFilter) by `python -m codegen`; do not edit.
"""The ``WebSearchDomainFilter`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class WebSearchDomainFilter:
    """The ``WebSearchDomainFilter`` object."""

    allowed_domains: list[str] | Unset | None = UNSET
    blocked_domains: list[str] | Unset | None = UNSET
    excluded_domains: list[str] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_domains: list[str] | Unset | None = UNSET,
        blocked_domains: list[str] | Unset | None = UNSET,
        excluded_domains: list[str] | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_domains", allowed_domains)
        _setattr("blocked_domains", blocked_domains)
        _setattr("excluded_domains", excluded_domains)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_domains={self.allowed_domains!r}, "
            f"blocked_domains={self.blocked_domains!r}, "
            f"excluded_domains={self.excluded_domains!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_domains,
            self.blocked_domains,
            self.excluded_domains,
            self.extra_fields,
        ) == (
            other.allowed_domains,
            other.blocked_domains,
            other.excluded_domains,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WebSearchDomainFilter",
                self.allowed_domains,
                self.blocked_domains,
                self.excluded_domains,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
