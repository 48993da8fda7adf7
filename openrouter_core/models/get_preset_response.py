# Generated from the OpenRouter OpenAPI spec (components/schemas/GetPresetResponse) by `python -m codegen`; do not edit.
"""A preset with its currently designated version."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.preset_with_designated_version import PresetWithDesignatedVersion


@attrs.frozen(kw_only=True)
class GetPresetResponse:
    """A preset with its currently designated version."""

    data: PresetWithDesignatedVersion
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
