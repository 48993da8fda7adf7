# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.embeddings_generate_body` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.content_part_input_audio import ContentPartInputAudioDict
    from openrouter_core.dicts.content_part_input_file import ContentPartInputFileDict
    from openrouter_core.dicts.content_part_input_video import ContentPartInputVideoDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict

__all__ = [
    "EmbeddingsGenerateBodyDict",
    "EmbeddingsGenerateBodyInputDict",
    "EmbeddingsGenerateBodyInputItemContentDict",
    "EmbeddingsGenerateBodyInputItemContentImageUrlDict",
    "EmbeddingsGenerateBodyInputItemContentImageUrlImageUrlDict",
    "EmbeddingsGenerateBodyInputItemContentTextDict",
    "EmbeddingsGenerateBodyInputItemDict",
]


class EmbeddingsGenerateBodyDict(TypedDict, total=False):
    """The dict form of :class:`EmbeddingsGenerateBody`."""

    dimensions: int | None
    encoding_format: Literal["float", "base64"] | str | None
    input: Required[EmbeddingsGenerateBodyInputDict]
    input_type: str | None
    model: Required[str]
    provider: ProviderPreferencesDict | None
    user: str | None


EmbeddingsGenerateBodyInputDict: TypeAlias = (
    "str | list[str] | list[float] | list[list[float]] | list[EmbeddingsGenerateBodyInputItemDict]"
)


class EmbeddingsGenerateBodyInputItemDict(TypedDict, total=False):
    """The dict form of :class:`EmbeddingsGenerateBodyInputItem`."""

    content: Required[list[EmbeddingsGenerateBodyInputItemContentDict]]


EmbeddingsGenerateBodyInputItemContentDict: TypeAlias = "EmbeddingsGenerateBodyInputItemContentTextDict | EmbeddingsGenerateBodyInputItemContentImageUrlDict | ContentPartInputAudioDict | ContentPartInputVideoDict | ContentPartInputFileDict"


class EmbeddingsGenerateBodyInputItemContentImageUrlDict(TypedDict, total=False):
    """The dict form of :class:`EmbeddingsGenerateBodyInputItemContentImageUrl`."""

    image_url: Required[EmbeddingsGenerateBodyInputItemContentImageUrlImageUrlDict]
    type: Required[Literal["image_url"]]


class EmbeddingsGenerateBodyInputItemContentImageUrlImageUrlDict(TypedDict, total=False):
    """The dict form of :class:`EmbeddingsGenerateBodyInputItemContentImageUrlImageUrl`."""

    url: Required[str]


class EmbeddingsGenerateBodyInputItemContentTextDict(TypedDict, total=False):
    """The dict form of :class:`EmbeddingsGenerateBodyInputItemContentText`."""

    text: Required[str]
    type: Required[Literal["text"]]
