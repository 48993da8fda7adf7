# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyList) by `python -m codegen`; do not edit.
"""Embeddings response containing embedding vectors."""

from __future__ import annotations

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
