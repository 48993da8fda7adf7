# Generated from the OpenRouter OpenAPI spec (components/schemas/RankingsDailyMeta) by `python -m codegen`; do not edit.
"""The ``RankingsDailyMeta`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RankingsDailyMeta:
    """The ``RankingsDailyMeta`` object."""

    as_of: str
    """ISO-8601 timestamp of when the response was generated."""
    end_date: str
    """Resolved end of the date window (UTC, inclusive)."""
    start_date: str
    """Resolved start of the date window (UTC, inclusive)."""
    version: str = "v1"
    """Dataset version."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        as_of: str,
        end_date: str,
        start_date: str,
        version: str = "v1",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("as_of", as_of)
        _setattr("end_date", end_date)
        _setattr("start_date", start_date)
        _setattr("version", version)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"as_of={self.as_of!r}, "
            f"end_date={self.end_date!r}, "
            f"start_date={self.start_date!r}, "
            f"version={self.version!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.as_of, self.end_date, self.start_date, self.version, self.extra_fields) == (
            other.as_of,
            other.end_date,
            other.start_date,
            other.version,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "RankingsDailyMeta",
                self.as_of,
                self.end_date,
                self.start_date,
                self.version,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
