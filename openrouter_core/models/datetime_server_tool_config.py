# Generated from the OpenRouter OpenAPI spec (components/schemas/DatetimeServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:datetime server tool."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DatetimeServerToolConfig:
    """Configuration for the openrouter:datetime server tool."""

    timezone: str | None = None
    """IANA timezone name (e.g. "America/New_York")."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        timezone: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("timezone", timezone)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(timezone={self.timezone!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.timezone, self.extra_fields) == (other.timezone, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("DatetimeServerToolConfig", self.timezone, self.extra_fields))

    # --- end of attrs methods ---
