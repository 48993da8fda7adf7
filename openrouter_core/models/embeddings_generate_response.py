# Generated from the OpenRouter OpenAPI spec (EmbeddingsGenerateResponse) by `python -m codegen`; do not edit.
"""Embeddings response containing embedding vectors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.cost_details import CostDetails

EmbeddingsGenerateResponseDataEmbedding: TypeAlias = list[float] | str
"""Embedding vector as an array of floats or a base64 string."""


def _choose_embeddings_generate_response_data_embedding(data: Any) -> Any:
    """The member of :data:`EmbeddingsGenerateResponseDataEmbedding` that ``data`` is, by its JSON
    type.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[float]
    raise TypeError(
        f"EmbeddingsGenerateResponseDataEmbedding: expected a string or an array, got {type(data).__name__}"
    )


register_union(
    EmbeddingsGenerateResponseDataEmbedding, _choose_embeddings_generate_response_data_embedding
)


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateResponseData:
    """A single embedding object."""

    embedding: EmbeddingsGenerateResponseDataEmbedding
    """Embedding vector as an array of floats or a base64 string."""
    index: int | None = None
    """Index of the embedding in the input list."""
    object: str = "embedding"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateResponseUsagePromptTokensDetails:
    """Per-modality token breakdown."""

    audio_tokens: int | None = None
    """Number of audio tokens in the input."""
    file_tokens: int | None = None
    """Number of file/document tokens in the input."""
    image_tokens: int | None = None
    """Number of image tokens in the input."""
    text_tokens: int | None = None
    """Number of text tokens in the input."""
    video_tokens: int | None = None
    """Number of video tokens in the input."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateResponseUsage:
    """Token usage statistics."""

    cost: float | None = None
    """Cost of the request in credits."""
    cost_details: CostDetails | Unset | None = UNSET
    is_byok: bool | None = None
    """Whether a request was made using a Bring Your Own Key configuration."""
    prompt_tokens: int
    """Number of tokens in the input."""
    prompt_tokens_details: EmbeddingsGenerateResponseUsagePromptTokensDetails | None = None
    """Per-modality token breakdown."""
    total_tokens: int
    """Total number of tokens used."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateResponse:
    """Embeddings response containing embedding vectors."""

    data: list[EmbeddingsGenerateResponseData]
    """List of embedding objects."""
    id: str | None = None
    """Unique identifier for the embeddings response."""
    model: str
    """The model used for embeddings."""
    object: str = "list"
    usage: EmbeddingsGenerateResponseUsage | None = None
    """Token usage statistics."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
