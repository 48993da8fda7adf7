# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAddWorkspaceMembersResponse) by `python -m codegen`; do not edit.
"""The ``BulkAddWorkspaceMembersResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.workspace_member import WorkspaceMember


@attrs.frozen(kw_only=True)
class BulkAddWorkspaceMembersResponse:
    """The ``BulkAddWorkspaceMembersResponse`` object."""

    added_count: int
    """Number of workspace memberships created or updated."""
    data: list[WorkspaceMember]
    """List of added workspace memberships."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        added_count: int,
        data: list[WorkspaceMember],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("added_count", added_count)
        _setattr("data", data)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(added_count={self.added_count!r}, data={self.data!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.added_count, self.data, self.extra_fields) == (
            other.added_count,
            other.data,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("BulkAddWorkspaceMembersResponse", self.added_count, self.data, self.extra_fields)
        )

    # --- end of attrs methods ---
