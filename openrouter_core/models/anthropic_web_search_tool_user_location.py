# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebSearchToolUserLocation) by `python -m codegen`; do not edit.
"""The ``AnthropicWebSearchToolUserLocation`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class AnthropicWebSearchToolUserLocation:
    """The ``AnthropicWebSearchToolUserLocation`` object."""

    city: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    region: str | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    type: str = "approximate"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
