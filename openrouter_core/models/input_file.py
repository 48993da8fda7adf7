# Generated from the OpenRouter OpenAPI spec (components/schemas/InputFile) by `python -m codegen`; do not edit.
"""File input content item."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class InputFile:
    """File input content item."""

    file_data: str | None = None
    file_id: str | Unset | None = UNSET
    file_url: str | None = None
    filename: str | None = None
    type: str = "input_file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        file_data: str | None = None,
        file_id: str | Unset | None = UNSET,
        file_url: str | None = None,
        filename: str | None = None,
        type: str = "input_file",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("file_data", file_data)
        _setattr("file_id", file_id)
        _setattr("file_url", file_url)
        _setattr("filename", filename)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"file_data={self.file_data!r}, "
            f"file_id={self.file_id!r}, "
            f"file_url={self.file_url!r}, "
            f"filename={self.filename!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.file_data,
            self.file_id,
            self.file_url,
            self.filename,
            self.type,
            self.extra_fields,
        ) == (
            other.file_data,
            other.file_id,
            other.file_url,
            other.filename,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "InputFile",
                self.file_data,
                self.file_id,
                self.file_url,
                self.filename,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
