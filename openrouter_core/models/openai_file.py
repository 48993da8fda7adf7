# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIFile) by `python -m codegen`; do not edit.
"""A stored file in OpenAI's Files API shape."""

from __future__ import annotations

import builtins
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIFile:
    """A stored file in OpenAI's Files API shape."""

    shape: str = attrs.field(default="openai", metadata={"wire": "_shape"})
    bytes_: int = attrs.field(metadata={"wire": "bytes"})
    created_at: int
    filename: str
    id: str
    object: str = "file"
    purpose: str
    """Known values: ``"assistants"``, ``"batch"``, ``"fine-tune"``, ``"vision"``, ``"user_data"``,
    ``"evals"``, ``"assistants_output"``, ``"batch_output"``, ``"fine-tune-results"``.
    """
    status: str = "processed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        shape: str = "openai",
        bytes_: int,
        created_at: int,
        filename: str,
        id: str,
        object: str = "file",
        purpose: str,
        status: str = "processed",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("shape", shape)
        _setattr("bytes_", bytes_)
        _setattr("created_at", created_at)
        _setattr("filename", filename)
        _setattr("id", id)
        _setattr("object", object)
        _setattr("purpose", purpose)
        _setattr("status", status)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"shape={self.shape!r}, "
            f"bytes_={self.bytes_!r}, "
            f"created_at={self.created_at!r}, "
            f"filename={self.filename!r}, "
            f"id={self.id!r}, "
            f"object={self.object!r}, "
            f"purpose={self.purpose!r}, "
            f"status={self.status!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.shape,
            self.bytes_,
            self.created_at,
            self.filename,
            self.id,
            self.object,
            self.purpose,
            self.status,
            self.extra_fields,
        ) == (
            other.shape,
            other.bytes_,
            other.created_at,
            other.filename,
            other.id,
            other.object,
            other.purpose,
            other.status,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OpenAIFile",
                self.shape,
                self.bytes_,
                self.created_at,
                self.filename,
                self.id,
                self.object,
                self.purpose,
                self.status,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
