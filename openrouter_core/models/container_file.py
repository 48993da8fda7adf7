# Generated from the OpenRouter OpenAPI spec (components/schemas/ContainerFile) by `python -m codegen`; do not edit.
"""The ``ContainerFile`` object."""

from __future__ import annotations

import builtins
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContainerFile:
    """The ``ContainerFile`` object."""

    bytes_: int = attrs.field(metadata={"wire": "bytes"})
    """File size in bytes."""
    container_id: str
    """The container the file belongs to — echoes the `container_id` path parameter (OpenAI field
    name).
    """
    created_at: int
    """Unix timestamp (seconds) when the file was last synced."""
    id: str
    """Container file id: `cfile_` + base64url of the file path."""
    object: str = "container.file"
    path: str
    """Container-relative file path."""
    source: str = "assistant"
    """Container files are always produced by the assistant sandbox."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        bytes_: int,
        container_id: str,
        created_at: int,
        id: str,
        object: str = "container.file",
        path: str,
        source: str = "assistant",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("bytes_", bytes_)
        _setattr("container_id", container_id)
        _setattr("created_at", created_at)
        _setattr("id", id)
        _setattr("object", object)
        _setattr("path", path)
        _setattr("source", source)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"bytes_={self.bytes_!r}, "
            f"container_id={self.container_id!r}, "
            f"created_at={self.created_at!r}, "
            f"id={self.id!r}, "
            f"object={self.object!r}, "
            f"path={self.path!r}, "
            f"source={self.source!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.bytes_,
            self.container_id,
            self.created_at,
            self.id,
            self.object,
            self.path,
            self.source,
            self.extra_fields,
        ) == (
            other.bytes_,
            other.container_id,
            other.created_at,
            other.id,
            other.object,
            other.path,
            other.source,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ContainerFile",
                self.bytes_,
                self.container_id,
                self.created_at,
                self.id,
                self.object,
                self.path,
                self.source,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
