# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicDocumentBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicDocumentBlock`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.anthropic_base64_pdf_source import AnthropicBase64PdfSource
from openrouter_core.models.anthropic_plain_text_source import AnthropicPlainTextSource

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_citations_config import AnthropicCitationsConfig

AnthropicDocumentBlockSource: TypeAlias = (
    AnthropicBase64PdfSource | AnthropicPlainTextSource | dict[str, Any]
)
"""The ``source`` of a :class:`AnthropicDocumentBlock`."""


_ANTHROPIC_DOCUMENT_BLOCK_SOURCE_BY_TYPE: dict[Any, Any] = {
    "base64": AnthropicBase64PdfSource,
    "text": AnthropicPlainTextSource,
}


def _choose_anthropic_document_block_source(data: Any) -> Any:
    """The member of :data:`AnthropicDocumentBlockSource` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_DOCUMENT_BLOCK_SOURCE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AnthropicDocumentBlockSource: expected an object, got {type(data).__name__}")


register_union(AnthropicDocumentBlockSource, _choose_anthropic_document_block_source)


@attrs.frozen(kw_only=True)
class AnthropicDocumentBlock:
    """The ``AnthropicDocumentBlock`` object."""

    citations: AnthropicCitationsConfig | Unset | None = UNSET
    source: AnthropicDocumentBlockSource
    title: str | None
    type: str = "document"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        citations: AnthropicCitationsConfig | Unset | None = UNSET,
        source: AnthropicDocumentBlockSource,
        title: str | None,
        type: str = "document",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("citations", citations)
        _setattr("source", source)
        _setattr("title", title)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"citations={self.citations!r}, "
            f"source={self.source!r}, "
            f"title={self.title!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.citations, self.source, self.title, self.type, self.extra_fields) == (
            other.citations,
            other.source,
            other.title,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicDocumentBlock",
                self.citations,
                self.source,
                self.title,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
