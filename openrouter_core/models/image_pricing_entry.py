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
