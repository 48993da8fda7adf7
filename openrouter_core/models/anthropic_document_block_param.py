# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicDocumentBlockParam) by `python -m codegen`; do not edit.
"""The ``AnthropicDocumentBlockParam`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.anthropic_base64_pdf_source import AnthropicBase64PdfSource
from openrouter_core.models.anthropic_file_document_source import AnthropicFileDocumentSource
from openrouter_core.models.anthropic_image_block_param import AnthropicImageBlockParam
from openrouter_core.models.anthropic_plain_text_source import AnthropicPlainTextSource
from openrouter_core.models.anthropic_text_block_param import AnthropicTextBlockParam
from openrouter_core.models.anthropic_url_pdf_source import AnthropicUrlPdfSource

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )


@attrs.frozen(kw_only=True)
class AnthropicDocumentBlockParamCitations:
    """The ``citations`` of a :class:`AnthropicDocumentBlockParam`."""

    enabled: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        enabled: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("enabled", enabled)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(enabled={self.enabled!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.enabled, self.extra_fields) == (other.enabled, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("AnthropicDocumentBlockParamCitations", self.enabled, self.extra_fields))

    # --- end of attrs methods ---


AnthropicDocumentBlockParamSourceContentContentItem: TypeAlias = (
    AnthropicTextBlockParam | AnthropicImageBlockParam | dict[str, Any]
)
"""One of the shapes of :class:`AnthropicDocumentBlockParamSourceContentContent`."""


_ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_CONTENT_CONTENT_ITEM_BY_TYPE: dict[Any, Any] = {
    "image": AnthropicImageBlockParam,
    "text": AnthropicTextBlockParam,
}


def _choose_anthropic_document_block_param_source_content_content_item(data: Any) -> Any:
    """The member of :data:`AnthropicDocumentBlockParamSourceContentContentItem` that ``data`` is,
    by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_CONTENT_CONTENT_ITEM_BY_TYPE.get(
            data.get("type"), dict
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"AnthropicDocumentBlockParamSourceContentContentItem: expected an object, got {type(data).__name__}"
    )


register_union(
    AnthropicDocumentBlockParamSourceContentContentItem,
    _choose_anthropic_document_block_param_source_content_content_item,
)


AnthropicDocumentBlockParamSourceContentContent: TypeAlias = (
    str | list[AnthropicDocumentBlockParamSourceContentContentItem]
)
"""The ``content`` of a :class:`AnthropicDocumentBlockParamSourceContent`."""


def _choose_anthropic_document_block_param_source_content_content(data: Any) -> Any:
    """The member of :data:`AnthropicDocumentBlockParamSourceContentContent` that ``data`` is, by
    its JSON type.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[AnthropicDocumentBlockParamSourceContentContentItem]
    raise TypeError(
        f"AnthropicDocumentBlockParamSourceContentContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(
    AnthropicDocumentBlockParamSourceContentContent,
    _choose_anthropic_document_block_param_source_content_content,
)


@attrs.frozen(kw_only=True)
class AnthropicDocumentBlockParamSourceContent:
    """One of the shapes of :class:`AnthropicDocumentBlockParamSource`."""

    content: AnthropicDocumentBlockParamSourceContentContent
    type: str = "content"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: AnthropicDocumentBlockParamSourceContentContent,
        type: str = "content",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(content={self.content!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.type, self.extra_fields) == (
            other.content,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnthropicDocumentBlockParamSourceContent", self.content, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---


AnthropicDocumentBlockParamSource: TypeAlias = (
    AnthropicBase64PdfSource
    | AnthropicPlainTextSource
    | AnthropicDocumentBlockParamSourceContent
    | AnthropicUrlPdfSource
    | AnthropicFileDocumentSource
    | dict[str, Any]
)
"""The ``source`` of a :class:`AnthropicDocumentBlockParam`."""


_ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_BY_TYPE: dict[Any, Any] = {
    "base64": AnthropicBase64PdfSource,
    "content": AnthropicDocumentBlockParamSourceContent,
    "file": AnthropicFileDocumentSource,
    "text": AnthropicPlainTextSource,
    "url": AnthropicUrlPdfSource,
}


def _choose_anthropic_document_block_param_source(data: Any) -> Any:
    """The member of :data:`AnthropicDocumentBlockParamSource` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"AnthropicDocumentBlockParamSource: expected an object, got {type(data).__name__}"
    )


register_union(AnthropicDocumentBlockParamSource, _choose_anthropic_document_block_param_source)


@attrs.frozen(kw_only=True)
class AnthropicDocumentBlockParam:
    """The ``AnthropicDocumentBlockParam`` object."""

    cache_control: AnthropicCacheControlDirective | None = None
    citations: AnthropicDocumentBlockParamCitations | Unset | None = UNSET
    context: str | Unset | None = UNSET
    source: AnthropicDocumentBlockParamSource
    title: str | Unset | None = UNSET
    type: str = "document"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: AnthropicCacheControlDirective | None = None,
        citations: AnthropicDocumentBlockParamCitations | Unset | None = UNSET,
        context: str | Unset | None = UNSET,
        source: AnthropicDocumentBlockParamSource,
        title: str | Unset | None = UNSET,
        type: str = "document",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("citations", citations)
        _setattr("context", context)
        _setattr("source", source)
        _setattr("title", title)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"citations={self.citations!r}, "
            f"context={self.context!r}, "
            f"source={self.source!r}, "
            f"title={self.title!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.citations,
            self.context,
            self.source,
            self.title,
            self.type,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.citations,
            other.context,
            other.source,
            other.title,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicDocumentBlockParam",
                self.cache_control,
                self.citations,
                self.context,
                self.source,
                self.title,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
