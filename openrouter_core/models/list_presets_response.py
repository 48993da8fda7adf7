# Generated from the OpenRouter OpenAPI spec (components/schemas/ListPresetsResponse) by `python -m codegen`; do not edit.
"""A paginated list of presets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.preset import Preset


@attrs.frozen(kw_only=True)
class ListPresetsResponse:
    """A paginated list of presets."""

    data: list[Preset]
    total_count: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
