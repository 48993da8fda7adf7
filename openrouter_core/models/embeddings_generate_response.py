# Generated from the OpenRouter OpenAPI spec (EmbeddingsGenerateResponse) by `python -m codegen`; do not edit.
"""Embeddings response containing embedding vectors."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        embedding: EmbeddingsGenerateResponseDataEmbedding,
        index: int | None = None,
        object: str = "embedding",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("embedding", embedding)
        _setattr("index", index)
        _setattr("object", object)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"embedding={self.embedding!r}, "
            f"index={self.index!r}, "
            f"object={self.object!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.embedding, self.index, self.object, self.extra_fields) == (
            other.embedding,
            other.index,
            other.object,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "EmbeddingsGenerateResponseData",
                self.embedding,
                self.index,
                self.object,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio_tokens: int | None = None,
        file_tokens: int | None = None,
        image_tokens: int | None = None,
        text_tokens: int | None = None,
        video_tokens: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio_tokens", audio_tokens)
        _setattr("file_tokens", file_tokens)
        _setattr("image_tokens", image_tokens)
        _setattr("text_tokens", text_tokens)
        _setattr("video_tokens", video_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"audio_tokens={self.audio_tokens!r}, "
            f"file_tokens={self.file_tokens!r}, "
            f"image_tokens={self.image_tokens!r}, "
            f"text_tokens={self.text_tokens!r}, "
            f"video_tokens={self.video_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.audio_tokens,
            self.file_tokens,
            self.image_tokens,
            self.text_tokens,
            self.video_tokens,
            self.extra_fields,
        ) == (
            other.audio_tokens,
            other.file_tokens,
            other.image_tokens,
            other.text_tokens,
            other.video_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "EmbeddingsGenerateResponseUsagePromptTokensDetails",
                self.audio_tokens,
                self.file_tokens,
                self.image_tokens,
                self.text_tokens,
                self.video_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cost: float | None = None,
        cost_details: CostDetails | Unset | None = UNSET,
        is_byok: bool | None = None,
        prompt_tokens: int,
        prompt_tokens_details: EmbeddingsGenerateResponseUsagePromptTokensDetails | None = None,
        total_tokens: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cost", cost)
        _setattr("cost_details", cost_details)
        _setattr("is_byok", is_byok)
        _setattr("prompt_tokens", prompt_tokens)
        _setattr("prompt_tokens_details", prompt_tokens_details)
        _setattr("total_tokens", total_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"prompt_tokens={self.prompt_tokens!r}, "
            f"prompt_tokens_details={self.prompt_tokens_details!r}, "
            f"total_tokens={self.total_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cost,
            self.cost_details,
            self.is_byok,
            self.prompt_tokens,
            self.prompt_tokens_details,
            self.total_tokens,
            self.extra_fields,
        ) == (
            other.cost,
            other.cost_details,
            other.is_byok,
            other.prompt_tokens,
            other.prompt_tokens_details,
            other.total_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "EmbeddingsGenerateResponseUsage",
                self.cost,
                self.cost_details,
                self.is_byok,
                self.prompt_tokens,
                self.prompt_tokens_details,
                self.total_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[EmbeddingsGenerateResponseData],
        id: str | None = None,
        model: str,
        object: str = "list",
        usage: EmbeddingsGenerateResponseUsage | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("id", id)
        _setattr("model", model)
        _setattr("object", object)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data={self.data!r}, "
            f"id={self.id!r}, "
            f"model={self.model!r}, "
            f"object={self.object!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.id, self.model, self.object, self.usage, self.extra_fields) == (
            other.data,
            other.id,
            other.model,
            other.object,
            other.usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "EmbeddingsGenerateResponse",
                self.data,
                self.id,
                self.model,
                self.object,
                self.usage,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
