# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenRouterFileDeleted) by `python -m codegen`; do not edit.
"""Deletion result in the OpenRouter shape."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenRouterFileDeleted:
    """Deletion result in the OpenRouter shape."""

    shape: str = attrs.field(default="openrouter", metadata={"wire": "_shape"})
    id: str
    type: str = "file_deleted"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        shape: str = "openrouter",
        id: str,
        type: str = "file_deleted",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("shape", shape)
        _setattr("id", id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"shape={self.shape!r}, "
            f"id={self.id!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.shape, self.id, self.type, self.extra_fields) == (
            other.shape,
            other.id,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("OpenRouterFileDeleted", self.shape, self.id, self.type, self.extra_fields))

    # --- end of attrs methods ---
