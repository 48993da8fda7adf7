# Generated from the OpenRouter OpenAPI spec (components/schemas/PredictionContentText) by `python -m codegen`; do not edit.
"""Text content part for a predicted output."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PredictionContentText:
    """Text content part for a predicted output."""

    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
