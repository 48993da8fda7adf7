# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyList) by `python -m codegen`; do not edit.
"""Embeddings response containing embedding vectors."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_data import BatchObjectData
    from openrouter_core.models.body_usage3 import BodyUsage3


@attrs.frozen(kw_only=True)
class BodyList:
    """Embeddings response containing embedding vectors."""

    data: list[BatchObjectData]
    """List of embedding objects."""
    model: str
    """The model used for embeddings."""
    object: str = "list"
    id: str | None = None
    """Unique identifier for the embeddings response."""
    usage: BodyUsage3 | None = None
    """Token usage statistics."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[BatchObjectData],
        model: str,
        object: str = "list",
        id: str | None = None,
        usage: BodyUsage3 | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("model", model)
        _setattr("object", object)
        _setattr("id", id)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data={self.data!r}, "
            f"model={self.model!r}, "
            f"object={self.object!r}, "
            f"id={self.id!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.model, self.object, self.id, self.usage, self.extra_fields) == (
            other.data,
            other.model,
            other.object,
            other.id,
            other.usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("BodyList", self.data, self.model, self.object, self.id, self.usage, self.extra_fields)
        )

    # --- end of attrs methods ---
