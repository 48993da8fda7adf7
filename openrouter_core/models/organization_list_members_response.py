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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        email: str,
        first_name: str | None,
        id: str,
        last_name: str | None,
        role: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("email", email)
        _setattr("first_name", first_name)
        _setattr("id", id)
        _setattr("last_name", last_name)
        _setattr("role", role)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"email={self.email!r}, "
            f"first_name={self.first_name!r}, "
            f"id={self.id!r}, "
            f"last_name={self.last_name!r}, "
            f"role={self.role!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.email,
            self.first_name,
            self.id,
            self.last_name,
            self.role,
            self.extra_fields,
        ) == (
            other.email,
            other.first_name,
            other.id,
            other.last_name,
            other.role,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OrganizationListMembersResponseData",
                self.email,
                self.first_name,
                self.id,
                self.last_name,
                self.role,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OrganizationListMembersResponse:
    """The ``OrganizationListMembersResponse`` object."""

    data: list[OrganizationListMembersResponseData]
    """List of organization members."""
    total_count: int
    """Total number of members in the organization."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[OrganizationListMembersResponseData],
        total_count: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("total_count", total_count)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(data={self.data!r}, total_count={self.total_count!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.total_count, self.extra_fields) == (
            other.data,
            other.total_count,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("OrganizationListMembersResponse", self.data, self.total_count, self.extra_fields)
        )

    # --- end of attrs methods ---
