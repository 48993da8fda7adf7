# Generated from the OpenRouter OpenAPI spec (components/schemas/PresetWithDesignatedVersion) by `python -m codegen`; do not edit.
"""A preset with its currently designated version."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.preset_designated_version import PresetDesignatedVersion


@attrs.frozen(kw_only=True)
class PresetWithDesignatedVersion:
    """A preset with its currently designated version."""

    created_at: str
    creator_user_id: str | None
    description: str | None
    designated_version_id: str | None
    id: str
    name: str
    slug: str
    status: str
    """The status of a preset. Known values: :class:`PresetStatus`."""
    status_updated_at: str | None
    updated_at: str
    workspace_id: str | None
    designated_version: PresetDesignatedVersion | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
