# Generated from the OpenRouter OpenAPI spec (components/schemas/PresetDesignatedVersion) by `python -m codegen`; do not edit.
"""A specific version of a preset, containing config and optional system prompt."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PresetDesignatedVersion:
    """A specific version of a preset, containing config and optional system prompt."""

    config: dict[str, Any]
    created_at: str
    creator_id: str
    id: str
    preset_id: str
    system_prompt: str | None
    updated_at: str
    version: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
