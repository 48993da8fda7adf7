# Generated from the OpenRouter OpenAPI spec (components/schemas/ListScimGroupsResponse) by `python -m codegen`; do not edit.
"""The ``ListScimGroupsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.scim_group import ScimGroup


@attrs.frozen(kw_only=True)
class ListScimGroupsResponse:
    """The ``ListScimGroupsResponse`` object."""

    data: list[ScimGroup]
    total_count: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
