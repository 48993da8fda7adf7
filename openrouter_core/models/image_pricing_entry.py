# Generated from the OpenRouter OpenAPI spec (components/schemas/ImagePricingEntry) by `python -m codegen`; do not edit.
"""One billable pricing line for an image provider."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImagePricingEntry:
    """One billable pricing line for an image provider."""

    billable: str
    """Known values: ``"output_image"``, ``"input_image"``, ``"input_font"``, ``"input_reference"``,
    ``"input_text"``.
    """
    cost_usd: float
    unit: str
    """Known values: ``"image"``, ``"megapixel"``, ``"token"``."""
    variant: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        billable: str,
        cost_usd: float,
        unit: str,
        variant: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("billable", billable)
        _setattr("cost_usd", cost_usd)
        _setattr("unit", unit)
        _setattr("variant", variant)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"billable={self.billable!r}, "
            f"cost_usd={self.cost_usd!r}, "
            f"unit={self.unit!r}, "
            f"variant={self.variant!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.billable, self.cost_usd, self.unit, self.variant, self.extra_fields) == (
            other.billable,
            other.cost_usd,
            other.unit,
            other.variant,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImagePricingEntry",
                self.billable,
                self.cost_usd,
                self.unit,
                self.variant,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
