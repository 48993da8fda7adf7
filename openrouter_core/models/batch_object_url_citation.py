# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectURLCitation) by `python -m codegen`; do not edit.
"""The ``BatchObjectURLCitation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchObjectURLCitation:
    """The ``BatchObjectURLCitation`` object."""

    end_index: int
    start_index: int
    title: str
    url: str
    content: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        end_index: int,
        start_index: int,
        title: str,
        url: str,
        content: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("end_index", end_index)
        _setattr("start_index", start_index)
        _setattr("title", title)
        _setattr("url", url)
        _setattr("content", content)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"end_index={self.end_index!r}, "
            f"start_index={self.start_index!r}, "
            f"title={self.title!r}, "
            f"url={self.url!r}, "
            f"content={self.content!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.end_index,
            self.start_index,
            self.title,
            self.url,
            self.content,
            self.extra_fields,
        ) == (
            other.end_index,
            other.start_index,
            other.title,
            other.url,
            other.content,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchObjectURLCitation",
                self.end_index,
                self.start_index,
                self.title,
                self.url,
                self.content,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
