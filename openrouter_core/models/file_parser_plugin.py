# Generated from the OpenRouter OpenAPI spec (components/schemas/FileParserPlugin) by `python -m codegen`; do not edit.
"""The ``FileParserPlugin`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.pdf_parser_options import PDFParserOptions


@attrs.frozen(kw_only=True)
class FileParserPlugin:
    """The ``FileParserPlugin`` object."""

    enabled: bool | None = None
    """Set to false to disable the file-parser plugin for this request."""
    id: str = "file-parser"
    pdf: PDFParserOptions | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        enabled: bool | None = None,
        id: str = "file-parser",
        pdf: PDFParserOptions | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("enabled", enabled)
        _setattr("id", id)
        _setattr("pdf", pdf)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"enabled={self.enabled!r}, "
            f"id={self.id!r}, "
            f"pdf={self.pdf!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.enabled, self.id, self.pdf, self.extra_fields) == (
            other.enabled,
            other.id,
            other.pdf,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("FileParserPlugin", self.enabled, self.id, self.pdf, self.extra_fields))

    # --- end of attrs methods ---
