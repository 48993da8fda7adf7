# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_document_block_param` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_base64_pdf_source import AnthropicBase64PdfSourceDict
    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.anthropic_file_document_source import AnthropicFileDocumentSourceDict
    from openrouter_core.dicts.anthropic_image_block_param import AnthropicImageBlockParamDict
    from openrouter_core.dicts.anthropic_plain_text_source import AnthropicPlainTextSourceDict
    from openrouter_core.dicts.anthropic_text_block_param import AnthropicTextBlockParamDict
    from openrouter_core.dicts.anthropic_url_pdf_source import AnthropicUrlPdfSourceDict

__all__ = [
    "AnthropicDocumentBlockParamCitationsDict",
    "AnthropicDocumentBlockParamDict",
    "AnthropicDocumentBlockParamSourceContentContentDict",
    "AnthropicDocumentBlockParamSourceContentContentItemDict",
    "AnthropicDocumentBlockParamSourceContentDict",
    "AnthropicDocumentBlockParamSourceDict",
]


class AnthropicDocumentBlockParamDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicDocumentBlockParam`."""

    cache_control: AnthropicCacheControlDirectiveDict | None
    citations: AnthropicDocumentBlockParamCitationsDict | None
    context: str | None
    source: Required[AnthropicDocumentBlockParamSourceDict]
    title: str | None
    type: Required[Literal["document"]]


class AnthropicDocumentBlockParamCitationsDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicDocumentBlockParamCitations`."""

    enabled: bool | None


AnthropicDocumentBlockParamSourceDict: TypeAlias = "AnthropicBase64PdfSourceDict | AnthropicPlainTextSourceDict | AnthropicDocumentBlockParamSourceContentDict | AnthropicUrlPdfSourceDict | AnthropicFileDocumentSourceDict"


class AnthropicDocumentBlockParamSourceContentDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicDocumentBlockParamSourceContent`."""

    content: Required[AnthropicDocumentBlockParamSourceContentContentDict]
    type: Required[Literal["content"]]


AnthropicDocumentBlockParamSourceContentContentDict: TypeAlias = (
    "str | list[AnthropicDocumentBlockParamSourceContentContentItemDict]"
)


AnthropicDocumentBlockParamSourceContentContentItemDict: TypeAlias = (
    "AnthropicTextBlockParamDict | AnthropicImageBlockParamDict"
)
