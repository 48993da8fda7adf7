# Generated from the OpenRouter OpenAPI spec (components/schemas/CreatePresetFromInferenceResponse) by `python -m codegen`; do not edit.
"""Response containing the created preset with its designated version."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.preset_with_designated_version import PresetWithDesignatedVersion


@attrs.frozen(kw_only=True)
class CreatePresetFromInferenceResponse:
    """Response containing the created preset with its designated version."""

    data: PresetWithDesignatedVersion
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
