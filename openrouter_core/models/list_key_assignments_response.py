# Generated from the OpenRouter OpenAPI spec (components/schemas/ListKeyAssignmentsResponse) by `python -m codegen`; do not edit.
"""The ``ListKeyAssignmentsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.key_assignment import KeyAssignment


@attrs.frozen(kw_only=True)
class ListKeyAssignmentsResponse:
    """The ``ListKeyAssignmentsResponse`` object."""

    data: list[KeyAssignment]
    """List of key assignments."""
    total_count: int
    """Total number of key assignments for this guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[KeyAssignment],
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
        return hash(("ListKeyAssignmentsResponse", self.data, self.total_count, self.extra_fields))

    # --- end of attrs methods ---
