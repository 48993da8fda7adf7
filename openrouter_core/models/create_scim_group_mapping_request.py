# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateScimGroupMappingRequest) by `python -m codegen`; do not edit.
"""The ``CreateScimGroupMappingRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CreateScimGroupMappingRequest:
    """The ``CreateScimGroupMappingRequest`` object."""

    role: str
    """Known values: ``"admin"``, ``"member"``."""
    scim_group_id: str
    workspace_id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
