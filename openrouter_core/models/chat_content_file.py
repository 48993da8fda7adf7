# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatContentFile) by `python -m codegen`; do not edit.
"""File content part for document processing."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatContentFileFile:
    """The ``file`` of a :class:`ChatContentFile`."""

    file_data: str | None = None
    """File content as base64 data URL or URL."""
    file_id: str | None = None
    """File ID for previously uploaded files."""
    filename: str | None = None
    """Original filename."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        file_data: str | None = None,
        file_id: str | None = None,
        filename: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("file_data", file_data)
        _setattr("file_id", file_id)
        _setattr("filename", filename)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"file_data={self.file_data!r}, "
            f"file_id={self.file_id!r}, "
            f"filename={self.filename!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.file_data, self.file_id, self.filename, self.extra_fields) == (
            other.file_data,
            other.file_id,
            other.filename,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ChatContentFileFile", self.file_data, self.file_id, self.filename, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ChatContentFile:
    """File content part for document processing."""

    file: ChatContentFileFile
    type: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        file: ChatContentFileFile,
        type: str = "file",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("file", file)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(file={self.file!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.file, self.type, self.extra_fields) == (
            other.file,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatContentFile", self.file, self.type, self.extra_fields))

    # --- end of attrs methods ---
