# Generated from the OpenRouter OpenAPI spec (EmbeddingsGenerateBody) by `python -m codegen`; do not edit.
"""Embeddings request input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.content_part_input_audio import ContentPartInputAudio
from openrouter_core.models.content_part_input_file import ContentPartInputFile
from openrouter_core.models.content_part_input_video import ContentPartInputVideo

if TYPE_CHECKING:
    from openrouter_core.models.provider_preferences import ProviderPreferences


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateBodyInputItemContentImageUrlImageUrl:
    """The ``image_url`` of a :class:`EmbeddingsGenerateBodyInputItemContentImageUrl`."""

    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateBodyInputItemContentImageUrl:
    """One of the shapes of :class:`EmbeddingsGenerateBodyInputItemContent`."""

    image_url: EmbeddingsGenerateBodyInputItemContentImageUrlImageUrl
    type: str = "image_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateBodyInputItemContentText:
    """One of the shapes of :class:`EmbeddingsGenerateBodyInputItemContent`."""

    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


EmbeddingsGenerateBodyInputItemContent: TypeAlias = (
    EmbeddingsGenerateBodyInputItemContentText
    | EmbeddingsGenerateBodyInputItemContentImageUrl
    | ContentPartInputAudio
    | ContentPartInputVideo
    | ContentPartInputFile
    | dict[str, Any]
)
"""The ``content`` of a :class:`EmbeddingsGenerateBodyInputItem`."""


_EMBEDDINGS_GENERATE_BODY_INPUT_ITEM_CONTENT_BY_TYPE: dict[Any, Any] = {
    "image_url": EmbeddingsGenerateBodyInputItemContentImageUrl,
    "input_audio": ContentPartInputAudio,
    "input_file": ContentPartInputFile,
    "input_video": ContentPartInputVideo,
    "text": EmbeddingsGenerateBodyInputItemContentText,
}


def _choose_embeddings_generate_body_input_item_content(data: Any) -> Any:
    """The member of :data:`EmbeddingsGenerateBodyInputItemContent` that ``data`` is, by its
    ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _EMBEDDINGS_GENERATE_BODY_INPUT_ITEM_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"EmbeddingsGenerateBodyInputItemContent: expected an object, got {type(data).__name__}"
    )


register_union(
    EmbeddingsGenerateBodyInputItemContent, _choose_embeddings_generate_body_input_item_content
)


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateBodyInputItem:
    """One of the shapes of :class:`EmbeddingsGenerateBodyInput`."""

    content: list[EmbeddingsGenerateBodyInputItemContent]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


EmbeddingsGenerateBodyInput: TypeAlias = (
    str | list[str] | list[float] | list[list[float]] | list[EmbeddingsGenerateBodyInputItem]
)
"""Text, token, or multimodal input(s) to embed."""


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateBody:
    """Embeddings request input."""

    dimensions: int | None = None
    """The number of dimensions for the output embeddings."""
    encoding_format: str | None = None
    """The format of the output embeddings. Known values: ``"float"``, ``"base64"``."""
    input: EmbeddingsGenerateBodyInput
    """Text, token, or multimodal input(s) to embed."""
    input_type: str | None = None
    """The type of input (e.g. search_query, search_document)."""
    model: str
    """The model to use for embeddings."""
    provider: ProviderPreferences | Unset | None = UNSET
    """Provider routing preferences for the request."""
    user: str | None = None
    """A unique identifier for the end-user."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
