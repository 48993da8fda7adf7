# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkUnassignMembersResponse) by `python -m codegen`; do not edit.
"""The ``BulkUnassignMembersResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkUnassignMembersResponse:
    """The ``BulkUnassignMembersResponse`` object."""

    unassigned_count: int
    """Number of members successfully unassigned."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        unassigned_count: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("unassigned_count", unassigned_count)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(unassigned_count={self.unassigned_count!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.unassigned_count, self.extra_fields) == (
            other.unassigned_count,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("BulkUnassignMembersResponse", self.unassigned_count, self.extra_fields))

    # --- end of attrs methods ---
