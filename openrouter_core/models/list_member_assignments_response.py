# Generated from the OpenRouter OpenAPI spec (components/schemas/ListMemberAssignmentsResponse) by `python -m codegen`; do not edit.
"""The ``ListMemberAssignmentsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.member_assignment import MemberAssignment


@attrs.frozen(kw_only=True)
class ListMemberAssignmentsResponse:
    """The ``ListMemberAssignmentsResponse`` object."""

    data: list[MemberAssignment]
    """List of member assignments."""
    total_count: int
    """Total number of member assignments."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
