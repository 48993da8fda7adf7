# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputDatetimeItem) by `python -m codegen`; do not edit.
"""An openrouter:datetime server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputDatetimeItem:
    """An openrouter:datetime server tool output item."""

    datetime: str
    """ISO 8601 datetime string."""
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    timezone: str
    """IANA timezone name."""
    type: str = "openrouter:datetime"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        datetime: str,
        id: str | None = None,
        status: str,
        timezone: str,
        type: str = "openrouter:datetime",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("datetime", datetime)
        _setattr("id", id)
        _setattr("status", status)
        _setattr("timezone", timezone)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"datetime={self.datetime!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"timezone={self.timezone!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.datetime,
            self.id,
            self.status,
            self.timezone,
            self.type,
            self.extra_fields,
        ) == (
            other.datetime,
            other.id,
            other.status,
            other.timezone,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputDatetimeItem",
                self.datetime,
                self.id,
                self.status,
                self.timezone,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
