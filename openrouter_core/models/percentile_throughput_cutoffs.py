# Generated from the OpenRouter OpenAPI spec (components/schemas/PercentileThroughputCutoffs) by `python -m codegen`; do not edit.
"""Percentile-based throughput cutoffs."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class PercentileThroughputCutoffs:
    """Percentile-based throughput cutoffs."""

    p50: float | Unset | None = UNSET
    """Minimum p50 throughput (tokens/sec)."""
    p75: float | Unset | None = UNSET
    """Minimum p75 throughput (tokens/sec)."""
    p90: float | Unset | None = UNSET
    """Minimum p90 throughput (tokens/sec)."""
    p99: float | Unset | None = UNSET
    """Minimum p99 throughput (tokens/sec)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        p50: float | Unset | None = UNSET,
        p75: float | Unset | None = UNSET,
        p90: float | Unset | None = UNSET,
        p99: float | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("p50", p50)
        _setattr("p75", p75)
        _setattr("p90", p90)
        _setattr("p99", p99)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"p50={self.p50!r}, "
            f"p75={self.p75!r}, "
            f"p90={self.p90!r}, "
            f"p99={self.p99!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.p50, self.p75, self.p90, self.p99, self.extra_fields) == (
            other.p50,
            other.p75,
            other.p90,
            other.p99,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PercentileThroughputCutoffs",
                self.p50,
                self.p75,
                self.p90,
                self.p99,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
