# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationSearchResultLocation) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationSearchResultLocation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationSearchResultLocation:
    """The ``AnthropicCitationSearchResultLocation`` object."""

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: str | None
    type: str = "search_result_location"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cited_text: str,
        end_block_index: int,
        search_result_index: int,
        source: str,
        start_block_index: int,
        title: str | None,
        type: str = "search_result_location",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cited_text", cited_text)
        _setattr("end_block_index", end_block_index)
        _setattr("search_result_index", search_result_index)
        _setattr("source", source)
        _setattr("start_block_index", start_block_index)
        _setattr("title", title)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cited_text={self.cited_text!r}, "
            f"end_block_index={self.end_block_index!r}, "
            f"search_result_index={self.search_result_index!r}, "
            f"source={self.source!r}, "
            f"start_block_index={self.start_block_index!r}, "
            f"title={self.title!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cited_text,
            self.end_block_index,
            self.search_result_index,
            self.source,
            self.start_block_index,
            self.title,
            self.type,
            self.extra_fields,
        ) == (
            other.cited_text,
            other.end_block_index,
            other.search_result_index,
            other.source,
            other.start_block_index,
            other.title,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicCitationSearchResultLocation",
                self.cited_text,
                self.end_block_index,
                self.search_result_index,
                self.source,
                self.start_block_index,
                self.title,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
