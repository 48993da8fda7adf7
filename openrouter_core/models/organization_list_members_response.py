# Generated from the OpenRouter OpenAPI spec (OrganizationListMembersResponse) by `python -m codegen`; do not edit.
"""The ``OrganizationListMembersResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OrganizationListMembersResponseData:
    """List of organization members."""

    email: str
    """Email address of the member."""
    first_name: str | None
    """First name of the member."""
    id: str
    """User ID of the organization member."""
    last_name: str | None
    """Last name of the member."""
    role: str
    """Role of the member in the organization. Known values: ``"org:admin"``, ``"org:member"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OrganizationListMembersResponse:
    """The ``OrganizationListMembersResponse`` object."""

    data: list[OrganizationListMembersResponseData]
    """List of organization members."""
    total_count: int
    """Total number of members in the organization."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
