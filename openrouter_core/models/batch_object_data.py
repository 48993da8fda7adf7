# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectData) by `python -m codegen`; do not edit.
"""A single embedding object."""

from __future__ import annotations

import builtins
from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

BatchObjectDataEmbedding: TypeAlias = list[float] | str
"""Embedding vector as an array of floats or a base64 string."""


def _choose_batch_object_data_embedding(data: Any) -> Any:
    """The member of :data:`BatchObjectDataEmbedding` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[float]
    raise TypeError(
        f"BatchObjectDataEmbedding: expected a string or an array, got {type(data).__name__}"
    )


register_union(BatchObjectDataEmbedding, _choose_batch_object_data_embedding)


@attrs.frozen(kw_only=True)
class BatchObjectData:
    """A single embedding object."""

    embedding: BatchObjectDataEmbedding
    """Embedding vector as an array of floats or a base64 string."""
    object: str = "embedding"
    index: int | None = None
    """Index of the embedding in the input list."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        embedding: BatchObjectDataEmbedding,
        object: str = "embedding",
        index: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("embedding", embedding)
        _setattr("object", object)
        _setattr("index", index)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"embedding={self.embedding!r}, "
            f"object={self.object!r}, "
            f"index={self.index!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.embedding, self.object, self.index, self.extra_fields) == (
            other.embedding,
            other.object,
            other.index,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("BatchObjectData", self.embedding, self.object, self.index, self.extra_fields))

    # --- end of attrs methods ---
