# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolPrice) by `python -m codegen`; do not edit.
"""The ``ServerToolPrice`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ServerToolPrice:
    """The ``ServerToolPrice`` object."""

    max_units_per_call: int
    mode: str | None
    """The `parameters.mode` this price applies to; null for prices that do not depend on the mode.
    """
    price: str
    """USD per unit, as a decimal string."""
    unit: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        max_units_per_call: int,
        mode: str | None,
        price: str,
        unit: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("max_units_per_call", max_units_per_call)
        _setattr("mode", mode)
        _setattr("price", price)
        _setattr("unit", unit)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"max_units_per_call={self.max_units_per_call!r}, "
            f"mode={self.mode!r}, "
            f"price={self.price!r}, "
            f"unit={self.unit!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.max_units_per_call, self.mode, self.price, self.unit, self.extra_fields) == (
            other.max_units_per_call,
            other.mode,
            other.price,
            other.unit,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ServerToolPrice",
                self.max_units_per_call,
                self.mode,
                self.price,
                self.unit,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
