# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectData) by `python -m codegen`; do not edit.
"""A single embedding object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union

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
