# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningSummaryText) by `python -m codegen`; do not edit.
"""The ``ReasoningSummaryText`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ReasoningSummaryText:
    """The ``ReasoningSummaryText`` object."""

    text: str
    type: str = "summary_text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
