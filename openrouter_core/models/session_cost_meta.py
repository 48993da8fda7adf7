# Generated from the OpenRouter OpenAPI spec (components/schemas/SessionCostMeta) by `python -m codegen`; do not edit.
"""The ``SessionCostMeta`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SessionCostMeta:
    """The ``SessionCostMeta`` object."""

    as_of: str
    """ISO-8601 timestamp when the response was generated."""
    version: str = "v1"
    """Dataset version."""
    window_days: int | None
    """Number of days in the weekly session sample window, or null when no snapshot is published."""
    window_end_date: str | None
    """UTC date of the final day in the session sample window, or null when no snapshot is
    published.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        as_of: str,
        version: str = "v1",
        window_days: int | None,
        window_end_date: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("as_of", as_of)
        _setattr("version", version)
        _setattr("window_days", window_days)
        _setattr("window_end_date", window_end_date)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"as_of={self.as_of!r}, "
            f"version={self.version!r}, "
            f"window_days={self.window_days!r}, "
            f"window_end_date={self.window_end_date!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.as_of,
            self.version,
            self.window_days,
            self.window_end_date,
            self.extra_fields,
        ) == (
            other.as_of,
            other.version,
            other.window_days,
            other.window_end_date,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "SessionCostMeta",
                self.as_of,
                self.version,
                self.window_days,
                self.window_end_date,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
