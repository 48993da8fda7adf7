# Generated from the OpenRouter OpenAPI spec (components/schemas/ListScimGroupMappingsResponse) by `python -m codegen`; do not edit.
"""The ``ListScimGroupMappingsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.scim_group_mapping import ScimGroupMapping


@attrs.frozen(kw_only=True)
class ListScimGroupMappingsResponse:
    """The ``ListScimGroupMappingsResponse`` object."""

    data: list[ScimGroupMapping]
    total_count: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[ScimGroupMapping],
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
            ("ListScimGroupMappingsResponse", self.data, self.total_count, self.extra_fields)
        )

    # --- end of attrs methods ---
