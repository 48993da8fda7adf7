# Generated from the OpenRouter OpenAPI spec (components/schemas/PercentileStats) by `python -m codegen`; do not edit.
"""Latency percentiles in milliseconds over the last 30 minutes."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PercentileStats:
    """Latency percentiles in milliseconds over the last 30 minutes."""

    p50: float
    """Median (50th percentile)."""
    p75: float
    """75th percentile."""
    p90: float
    """90th percentile."""
    p99: float
    """99th percentile."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        p50: float,
        p75: float,
        p90: float,
        p99: float,
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
        return hash(("PercentileStats", self.p50, self.p75, self.p90, self.p99, self.extra_fields))

    # --- end of attrs methods ---
