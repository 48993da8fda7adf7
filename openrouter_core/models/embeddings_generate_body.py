# Generated from the OpenRouter OpenAPI spec (EmbeddingsGenerateBody) by `python -m codegen`; do not edit.
"""Embeddings request input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, url: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(url={self.url!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.url, self.extra_fields) == (other.url, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            ("EmbeddingsGenerateBodyInputItemContentImageUrlImageUrl", self.url, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateBodyInputItemContentImageUrl:
    """One of the shapes of :class:`EmbeddingsGenerateBodyInputItemContent`."""

    image_url: EmbeddingsGenerateBodyInputItemContentImageUrlImageUrl
    type: str = "image_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        image_url: EmbeddingsGenerateBodyInputItemContentImageUrlImageUrl,
        type: str = "image_url",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("image_url", image_url)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(image_url={self.image_url!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.image_url, self.type, self.extra_fields) == (
            other.image_url,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "EmbeddingsGenerateBodyInputItemContentImageUrl",
                self.image_url,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class EmbeddingsGenerateBodyInputItemContentText:
    """One of the shapes of :class:`EmbeddingsGenerateBodyInputItemContent`."""

    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        text: str,
        type: str = "text",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("text", text)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(text={self.text!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.text, self.type, self.extra_fields) == (
            other.text,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("EmbeddingsGenerateBodyInputItemContentText", self.text, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[EmbeddingsGenerateBodyInputItemContent],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(content={self.content!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.extra_fields) == (other.content, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("EmbeddingsGenerateBodyInputItem", self.content, self.extra_fields))

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        dimensions: int | None = None,
        encoding_format: str | None = None,
        input: EmbeddingsGenerateBodyInput,
        input_type: str | None = None,
        model: str,
        provider: ProviderPreferences | Unset | None = UNSET,
        user: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("dimensions", dimensions)
        _setattr("encoding_format", encoding_format)
        _setattr("input", input)
        _setattr("input_type", input_type)
        _setattr("model", model)
        _setattr("provider", provider)
        _setattr("user", user)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"dimensions={self.dimensions!r}, "
            f"encoding_format={self.encoding_format!r}, "
            f"input={self.input!r}, "
            f"input_type={self.input_type!r}, "
            f"model={self.model!r}, "
            f"provider={self.provider!r}, "
            f"user={self.user!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.dimensions,
            self.encoding_format,
            self.input,
            self.input_type,
            self.model,
            self.provider,
            self.user,
            self.extra_fields,
        ) == (
            other.dimensions,
            other.encoding_format,
            other.input,
            other.input_type,
            other.model,
            other.provider,
            other.user,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "EmbeddingsGenerateBody",
                self.dimensions,
                self.encoding_format,
                self.input,
                self.input_type,
                self.model,
                self.provider,
                self.user,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
