# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchUserLocationServerTool) by `python -m codegen`; do not edit.
"""Approximate user location for location-biased results."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class WebSearchUserLocationServerTool:
    """Approximate user location for location-biased results."""

    city: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    region: str | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    type: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
