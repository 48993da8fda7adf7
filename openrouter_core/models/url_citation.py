# Generated from the OpenRouter OpenAPI spec (components/schemas/URLCitation) by `python -m codegen`; do not edit.
"""The ``URLCitation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class URLCitation:
    """The ``URLCitation`` object."""

    content: str | None = None
    end_index: int
    start_index: int
    title: str
    type: str = "url_citation"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: str | None = None,
        end_index: int,
        start_index: int,
        title: str,
        type: str = "url_citation",
        url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("end_index", end_index)
        _setattr("start_index", start_index)
        _setattr("title", title)
        _setattr("type", type)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"end_index={self.end_index!r}, "
            f"start_index={self.start_index!r}, "
            f"title={self.title!r}, "
            f"type={self.type!r}, "
            f"url={self.url!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.end_index,
            self.start_index,
            self.title,
            self.type,
            self.url,
            self.extra_fields,
        ) == (
            other.content,
            other.end_index,
            other.start_index,
            other.title,
            other.type,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "URLCitation",
                self.content,
                self.end_index,
                self.start_index,
                self.title,
                self.type,
                self.url,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
