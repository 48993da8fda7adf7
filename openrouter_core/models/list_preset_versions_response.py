# Generated from the OpenRouter OpenAPI spec (components/schemas/ListPresetVersionsResponse) by `python -m codegen`; do not edit.
"""A paginated list of preset versions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.preset_designated_version import PresetDesignatedVersion


@attrs.frozen(kw_only=True)
class ListPresetVersionsResponse:
    """A paginated list of preset versions."""

    data: list[PresetDesignatedVersion | None]
    total_count: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
