# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkRemoveWorkspaceMembersResponse) by `python -m codegen`; do not edit.
"""The ``BulkRemoveWorkspaceMembersResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkRemoveWorkspaceMembersResponse:
    """The ``BulkRemoveWorkspaceMembersResponse`` object."""

    removed_count: int
    """Number of members removed."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        removed_count: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("removed_count", removed_count)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(removed_count={self.removed_count!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.removed_count, self.extra_fields) == (other.removed_count, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("BulkRemoveWorkspaceMembersResponse", self.removed_count, self.extra_fields))

    # --- end of attrs methods ---
