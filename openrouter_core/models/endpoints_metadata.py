# Generated from the OpenRouter OpenAPI spec (components/schemas/EndpointsMetadata) by `python -m codegen`; do not edit.
"""The ``EndpointsMetadata`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.endpoint_info import EndpointInfo


@attrs.frozen(kw_only=True)
class EndpointsMetadata:
    """The ``EndpointsMetadata`` object."""

    available: list[EndpointInfo]
    total: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        available: list[EndpointInfo],
        total: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("available", available)
        _setattr("total", total)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(available={self.available!r}, total={self.total!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.available, self.total, self.extra_fields) == (
            other.available,
            other.total,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("EndpointsMetadata", self.available, self.total, self.extra_fields))

    # --- end of attrs methods ---
