# Generated from the OpenRouter OpenAPI spec (components/schemas/ScimGroupMapping) by `python -m codegen`; do not edit.
"""The ``ScimGroupMapping`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ScimGroupMapping:
    """The ``ScimGroupMapping`` object."""

    created_at: str
    id: str
    organization_id: str
    role: str
    """Known values: ``"admin"``, ``"member"``."""
    scim_group_id: str
    updated_at: str
    workspace_id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
