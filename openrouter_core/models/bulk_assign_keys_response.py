# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAssignKeysResponse) by `python -m codegen`; do not edit.
"""The ``BulkAssignKeysResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkAssignKeysResponse:
    """The ``BulkAssignKeysResponse`` object."""

    assigned_count: int
    """Number of keys successfully assigned."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        assigned_count: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("assigned_count", assigned_count)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(assigned_count={self.assigned_count!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.assigned_count, self.extra_fields) == (
            other.assigned_count,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("BulkAssignKeysResponse", self.assigned_count, self.extra_fields))

    # --- end of attrs methods ---
