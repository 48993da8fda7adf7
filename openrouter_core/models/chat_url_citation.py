# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatUrlCitation) by `python -m codegen`; do not edit.
"""A web page the answer cites (web search)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatUrlCitation:
    """A web page the answer cites (web search)."""

    url: str
    title: str | None = None
    content: str | None = None
    """The extract of the page the model was given."""
    start_index: int | None = None
    end_index: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        url: str,
        title: str | None = None,
        content: str | None = None,
        start_index: int | None = None,
        end_index: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("url", url)
        _setattr("title", title)
        _setattr("content", content)
        _setattr("start_index", start_index)
        _setattr("end_index", end_index)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"url={self.url!r}, "
            f"title={self.title!r}, "
            f"content={self.content!r}, "
            f"start_index={self.start_index!r}, "
            f"end_index={self.end_index!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.url,
            self.title,
            self.content,
            self.start_index,
            self.end_index,
            self.extra_fields,
        ) == (
            other.url,
            other.title,
            other.content,
            other.start_index,
            other.end_index,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatUrlCitation",
                self.url,
                self.title,
                self.content,
                self.start_index,
                self.end_index,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
