# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicFile) by `python -m codegen`; do not edit.
"""A stored file in Anthropic's Files API shape."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicFile:
    """A stored file in Anthropic's Files API shape."""

    shape: str = attrs.field(default="anthropic", metadata={"wire": "_shape"})
    created_at: str
    downloadable: bool
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    type: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        shape: str = "anthropic",
        created_at: str,
        downloadable: bool,
        filename: str,
        id: str,
        mime_type: str,
        size_bytes: int,
        type: str = "file",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("shape", shape)
        _setattr("created_at", created_at)
        _setattr("downloadable", downloadable)
        _setattr("filename", filename)
        _setattr("id", id)
        _setattr("mime_type", mime_type)
        _setattr("size_bytes", size_bytes)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"shape={self.shape!r}, "
            f"created_at={self.created_at!r}, "
            f"downloadable={self.downloadable!r}, "
            f"filename={self.filename!r}, "
            f"id={self.id!r}, "
            f"mime_type={self.mime_type!r}, "
            f"size_bytes={self.size_bytes!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.shape,
            self.created_at,
            self.downloadable,
            self.filename,
            self.id,
            self.mime_type,
            self.size_bytes,
            self.type,
            self.extra_fields,
        ) == (
            other.shape,
            other.created_at,
            other.downloadable,
            other.filename,
            other.id,
            other.mime_type,
            other.size_bytes,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicFile",
                self.shape,
                self.created_at,
                self.downloadable,
                self.filename,
                self.id,
                self.mime_type,
                self.size_bytes,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
