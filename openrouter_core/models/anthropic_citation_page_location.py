# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationPageLocation) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationPageLocation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationPageLocation:
    """The ``AnthropicCitationPageLocation`` object."""

    cited_text: str
    document_index: int
    document_title: str | None
    end_page_number: int
    file_id: str | None
    start_page_number: int
    type: str = "page_location"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cited_text: str,
        document_index: int,
        document_title: str | None,
        end_page_number: int,
        file_id: str | None,
        start_page_number: int,
        type: str = "page_location",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cited_text", cited_text)
        _setattr("document_index", document_index)
        _setattr("document_title", document_title)
        _setattr("end_page_number", end_page_number)
        _setattr("file_id", file_id)
        _setattr("start_page_number", start_page_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cited_text={self.cited_text!r}, "
            f"document_index={self.document_index!r}, "
            f"document_title={self.document_title!r}, "
            f"end_page_number={self.end_page_number!r}, "
            f"file_id={self.file_id!r}, "
            f"start_page_number={self.start_page_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cited_text,
            self.document_index,
            self.document_title,
            self.end_page_number,
            self.file_id,
            self.start_page_number,
            self.type,
            self.extra_fields,
        ) == (
            other.cited_text,
            other.document_index,
            other.document_title,
            other.end_page_number,
            other.file_id,
            other.start_page_number,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicCitationPageLocation",
                self.cited_text,
                self.document_index,
                self.document_title,
                self.end_page_number,
                self.file_id,
                self.start_page_number,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
