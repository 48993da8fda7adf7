# Generated from the OpenRouter OpenAPI spec (components/schemas/GetPresetVersionResponse) by `python -m codegen`; do not edit.
"""A single version of a preset."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.preset_designated_version import PresetDesignatedVersion


@attrs.frozen(kw_only=True)
class GetPresetVersionResponse:
    """A single version of a preset."""

    data: PresetDesignatedVersion | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
