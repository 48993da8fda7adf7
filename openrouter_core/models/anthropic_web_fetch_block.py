# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebFetchBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicWebFetchBlock`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_document_block import AnthropicDocumentBlock


@attrs.frozen(kw_only=True)
class AnthropicWebFetchBlock:
    """The ``AnthropicWebFetchBlock`` object."""

    content: AnthropicDocumentBlock
    retrieved_at: str | None
    type: str = "web_fetch_result"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: AnthropicDocumentBlock,
        retrieved_at: str | None,
        type: str = "web_fetch_result",
        url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("retrieved_at", retrieved_at)
        _setattr("type", type)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"retrieved_at={self.retrieved_at!r}, "
            f"type={self.type!r}, "
            f"url={self.url!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.retrieved_at, self.type, self.url, self.extra_fields) == (
            other.content,
            other.retrieved_at,
            other.type,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicWebFetchBlock",
                self.content,
                self.retrieved_at,
                self.type,
                self.url,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
