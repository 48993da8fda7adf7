# Generated from the OpenRouter OpenAPI spec (components/schemas/PDFParserOptions) by `python -m codegen`; do not edit.
"""Options for PDF parsing."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PDFParserOptions:
    """Options for PDF parsing."""

    engine: str | None = None
    """Known values: ``"mistral-ocr"``, ``"native"``, ``"cloudflare-ai"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        engine: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("engine", engine)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(engine={self.engine!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.engine, self.extra_fields) == (other.engine, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("PDFParserOptions", self.engine, self.extra_fields))

    # --- end of attrs methods ---
