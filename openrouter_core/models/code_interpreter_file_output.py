# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterFileOutput) by `python -m codegen`; do not edit.
"""The ``CodeInterpreterFileOutput`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class CodeInterpreterFileOutput:
    """The ``CodeInterpreterFileOutput`` object."""

    download_url: str | None = None
    """Provider-issued download URL for the generated file."""
    error_code: str | Unset | None = UNSET
    """Provider error code when generating or persisting the file failed; null or absent on success.
    """
    expires_at: str | None = None
    """When the `download_url` stops working, as an ISO 8601 timestamp."""
    filename: str | None = None
    id: str | None = None
    media_type: str | None = None
    sha256: str | None = None
    size_bytes: int | None = None
    status: str | None = None
    """Provider-reported readiness of the generated file (e.g. `ready`)."""
    type: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        download_url: str | None = None,
        error_code: str | Unset | None = UNSET,
        expires_at: str | None = None,
        filename: str | None = None,
        id: str | None = None,
        media_type: str | None = None,
        sha256: str | None = None,
        size_bytes: int | None = None,
        status: str | None = None,
        type: str = "file",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("download_url", download_url)
        _setattr("error_code", error_code)
        _setattr("expires_at", expires_at)
        _setattr("filename", filename)
        _setattr("id", id)
        _setattr("media_type", media_type)
        _setattr("sha256", sha256)
        _setattr("size_bytes", size_bytes)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"download_url={self.download_url!r}, "
            f"error_code={self.error_code!r}, "
            f"expires_at={self.expires_at!r}, "
            f"filename={self.filename!r}, "
            f"id={self.id!r}, "
            f"media_type={self.media_type!r}, "
            f"sha256={self.sha256!r}, "
            f"size_bytes={self.size_bytes!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.download_url,
            self.error_code,
            self.expires_at,
            self.filename,
            self.id,
            self.media_type,
            self.sha256,
            self.size_bytes,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.download_url,
            other.error_code,
            other.expires_at,
            other.filename,
            other.id,
            other.media_type,
            other.sha256,
            other.size_bytes,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CodeInterpreterFileOutput",
                self.download_url,
                self.error_code,
                self.expires_at,
                self.filename,
                self.id,
                self.media_type,
                self.sha256,
                self.size_bytes,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
