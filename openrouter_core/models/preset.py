# Generated from the OpenRouter OpenAPI spec (components/schemas/Preset) by `python -m codegen`; do not edit.
"""A preset without version details."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Preset:
    """A preset without version details."""

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
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
