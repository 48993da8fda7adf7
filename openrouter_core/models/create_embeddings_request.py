# Generated from the OpenRouter OpenAPI spec (CreateEmbeddingsRequest) by `python -m codegen`; do not edit.
"""Models nested in ``CreateEmbeddingsRequest``."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.content_part_input_audio import ContentPartInputAudio
from openrouter_core.models.content_part_input_file import ContentPartInputFile
from openrouter_core.models.content_part_input_video import ContentPartInputVideo


@attrs.frozen(kw_only=True)
class CreateEmbeddingsRequestInputItemContentImageUrlImageUrl:
    """The ``image_url`` of a :class:`CreateEmbeddingsRequestInputItemContentImageUrl`."""

    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class CreateEmbeddingsRequestInputItemContentImageUrl:
    """One of the shapes of :class:`CreateEmbeddingsRequestInputItemContent`."""

    image_url: CreateEmbeddingsRequestInputItemContentImageUrlImageUrl
    type: str = "image_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class CreateEmbeddingsRequestInputItemContentText:
    """One of the shapes of :class:`CreateEmbeddingsRequestInputItemContent`."""

    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


CreateEmbeddingsRequestInputItemContent: TypeAlias = (
    CreateEmbeddingsRequestInputItemContentText
    | CreateEmbeddingsRequestInputItemContentImageUrl
    | ContentPartInputAudio
    | ContentPartInputVideo
    | ContentPartInputFile
    | dict[str, Any]
)
"""The ``content`` of a :class:`CreateEmbeddingsRequestInputItem`."""


_CREATE_EMBEDDINGS_REQUEST_INPUT_ITEM_CONTENT_BY_TYPE: dict[Any, Any] = {
    "image_url": CreateEmbeddingsRequestInputItemContentImageUrl,
    "input_audio": ContentPartInputAudio,
    "input_file": ContentPartInputFile,
    "input_video": ContentPartInputVideo,
    "text": CreateEmbeddingsRequestInputItemContentText,
}


def _choose_create_embeddings_request_input_item_content(data: Any) -> Any:
    """The member of :data:`CreateEmbeddingsRequestInputItemContent` that ``data`` is, by its
    ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CREATE_EMBEDDINGS_REQUEST_INPUT_ITEM_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"CreateEmbeddingsRequestInputItemContent: expected an object, got {type(data).__name__}"
    )


register_union(
    CreateEmbeddingsRequestInputItemContent, _choose_create_embeddings_request_input_item_content
)


@attrs.frozen(kw_only=True)
class CreateEmbeddingsRequestInputItem:
    """One of the shapes of :class:`CreateEmbeddingsRequestInput`."""

    content: list[CreateEmbeddingsRequestInputItemContent]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


CreateEmbeddingsRequestInput: TypeAlias = (
    str | list[str] | list[float] | list[list[float]] | list[CreateEmbeddingsRequestInputItem]
)
"""Text, token, or multimodal input(s) to embed."""
