# Generated from the OpenRouter OpenAPI spec (components/schemas/ContainerReferenceEnvironment) by `python -m codegen`; do not edit.
"""Reference to a previously created container to reuse."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContainerReferenceEnvironment:
    """Reference to a previously created container to reuse."""

    container_id: str
    """Identifier of an existing container to reuse (max 20 characters)."""
    type: str = "container_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        container_id: str,
        type: str = "container_reference",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("container_id", container_id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(container_id={self.container_id!r}, type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.container_id, self.type, self.extra_fields) == (
            other.container_id,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ContainerReferenceEnvironment", self.container_id, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
