# Generated from the OpenRouter OpenAPI spec (components/schemas/ScimGroup) by `python -m codegen`; do not edit.
"""The ``ScimGroup`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ScimGroup:
    """The ``ScimGroup`` object."""

    created_at: str
    display_name: str
    external_id: str | None
    id: str
    organization_id: str
    updated_at: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
