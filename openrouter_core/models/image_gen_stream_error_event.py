# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenStreamErrorEvent) by `python -m codegen`; do not edit.
"""Emitted when streaming generation fails after the SSE response starts."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ImageGenStreamErrorEventError:
    """Provider error details."""

    code: str | Unset | None = UNSET
    """Provider error code, when supplied."""
    message: str
    """Provider error message."""
    param: str | Unset | None = UNSET
    """Request parameter associated with the error, when supplied."""
    type: str | Unset | None = UNSET
    """Provider error type, when supplied."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: str | Unset | None = UNSET,
        message: str,
        param: str | Unset | None = UNSET,
        type: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("message", message)
        _setattr("param", param)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"message={self.message!r}, "
            f"param={self.param!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.code, self.message, self.param, self.type, self.extra_fields) == (
            other.code,
            other.message,
            other.param,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageGenStreamErrorEventError",
                self.code,
                self.message,
                self.param,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ImageGenStreamErrorEvent:
    """Emitted when streaming generation fails after the SSE response starts."""

    error: ImageGenStreamErrorEventError
    """Provider error details."""
    type: str = "error"
    """The event type."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: ImageGenStreamErrorEventError,
        type: str = "error",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(error={self.error!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error, self.type, self.extra_fields) == (
            other.error,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ImageGenStreamErrorEvent", self.error, self.type, self.extra_fields))

    # --- end of attrs methods ---
