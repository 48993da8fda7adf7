# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIFileDeleted) by `python -m codegen`; do not edit.
"""Deletion result in OpenAI's shape."""

from __future__ import annotations

import builtins
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIFileDeleted:
    """Deletion result in OpenAI's shape."""

    shape: str = attrs.field(default="openai", metadata={"wire": "_shape"})
    deleted: bool = True
    id: str
    object: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        shape: str = "openai",
        deleted: bool = True,
        id: str,
        object: str = "file",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("shape", shape)
        _setattr("deleted", deleted)
        _setattr("id", id)
        _setattr("object", object)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"shape={self.shape!r}, "
            f"deleted={self.deleted!r}, "
            f"id={self.id!r}, "
            f"object={self.object!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.shape, self.deleted, self.id, self.object, self.extra_fields) == (
            other.shape,
            other.deleted,
            other.id,
            other.object,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("OpenAIFileDeleted", self.shape, self.deleted, self.id, self.object, self.extra_fields)
        )

    # --- end of attrs methods ---
