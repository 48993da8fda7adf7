# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchUserLocation) by `python -m codegen`; do not edit.
"""User location information for web search."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class WebSearchUserLocation:
    """User location information for web search."""

    city: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    region: str | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        city: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        region: str | Unset | None = UNSET,
        timezone: str | Unset | None = UNSET,
        type: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("city", city)
        _setattr("country", country)
        _setattr("region", region)
        _setattr("timezone", timezone)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"city={self.city!r}, "
            f"country={self.country!r}, "
            f"region={self.region!r}, "
            f"timezone={self.timezone!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.city,
            self.country,
            self.region,
            self.timezone,
            self.type,
            self.extra_fields,
        ) == (
            other.city,
            other.country,
            other.region,
            other.timezone,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WebSearchUserLocation",
                self.city,
                self.country,
                self.region,
                self.timezone,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
