# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesErrorEvent) by `python -m codegen`; do not edit.
"""Error event in the stream."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openrouter_metadata import OpenRouterMetadata


@attrs.frozen(kw_only=True)
class MessagesErrorEventError:
    """The ``error`` of a :class:`MessagesErrorEvent`."""

    error_type: str | None = None
    """Canonical OpenRouter error type, stable across all API formats. Known values:
    :class:`ApiErrorType`.
    """
    message: str
    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error_type: str | None = None,
        message: str,
        type: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error_type", error_type)
        _setattr("message", message)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error_type={self.error_type!r}, "
            f"message={self.message!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error_type, self.message, self.type, self.extra_fields) == (
            other.error_type,
            other.message,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("MessagesErrorEventError", self.error_type, self.message, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesErrorEvent:
    """Error event in the stream."""

    error: MessagesErrorEventError
    openrouter_metadata: OpenRouterMetadata | None = None
    type: str = "error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: MessagesErrorEventError,
        openrouter_metadata: OpenRouterMetadata | None = None,
        type: str = "error",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("openrouter_metadata", openrouter_metadata)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error, self.openrouter_metadata, self.type, self.extra_fields) == (
            other.error,
            other.openrouter_metadata,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesErrorEvent",
                self.error,
                self.openrouter_metadata,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
