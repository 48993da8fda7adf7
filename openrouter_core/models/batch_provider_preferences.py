# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchProviderPreferences) by `python -m codegen`; do not edit.
"""Batch provider routing preferences."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class BatchProviderPreferences:
    """Batch provider routing preferences."""

    allow_fallbacks: bool | Unset | None = UNSET
    """Whether to allow backup providers to serve requests - true: (default) when the primary
    provider (or your custom providers in \\"order\\") is unavailable, use the next best
    provider.
    """
    only: list[str] | Unset | None = UNSET
    """List of provider slugs to allow."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allow_fallbacks: bool | Unset | None = UNSET,
        only: list[str] | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allow_fallbacks", allow_fallbacks)
        _setattr("only", only)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allow_fallbacks={self.allow_fallbacks!r}, "
            f"only={self.only!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.allow_fallbacks, self.only, self.extra_fields) == (
            other.allow_fallbacks,
            other.only,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("BatchProviderPreferences", self.allow_fallbacks, self.only, self.extra_fields)
        )

    # --- end of attrs methods ---
