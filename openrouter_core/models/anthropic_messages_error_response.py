# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicMessagesErrorResponse) by `python -m codegen`; do not edit.
"""Error response from the Anthropic Messages API."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class AnthropicMessagesErrorResponseError:
    """The ``error`` of a :class:`AnthropicMessagesErrorResponse`."""

    error_type: str | None = None
    """Canonical OpenRouter error type, stable across all API formats. Known values:
    :class:`ApiErrorType`.
    """
    message: str
    type: str
    """Known values: ``"invalid_request_error"``, ``"authentication_error"``,
    ``"permission_error"``, ``"not_found_error"``, ``"rate_limit_error"``, ``"api_error"``,
    ``"overloaded_error"``, ``"billing_error"``, ``"timeout_error"``.
    """
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
            (
                "AnthropicMessagesErrorResponseError",
                self.error_type,
                self.message,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnthropicMessagesErrorResponse:
    """Error response from the Anthropic Messages API."""

    error: AnthropicMessagesErrorResponseError
    metadata: dict[str, Any] | None = None
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    request_id: str | None
    type: str = "error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: AnthropicMessagesErrorResponseError,
        metadata: dict[str, Any] | None = None,
        openrouter_metadata: dict[str, Any] | Unset | None = UNSET,
        request_id: str | None,
        type: str = "error",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("metadata", metadata)
        _setattr("openrouter_metadata", openrouter_metadata)
        _setattr("request_id", request_id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"metadata={self.metadata!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"request_id={self.request_id!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.error,
            self.metadata,
            self.openrouter_metadata,
            self.request_id,
            self.type,
            self.extra_fields,
        ) == (
            other.error,
            other.metadata,
            other.openrouter_metadata,
            other.request_id,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicMessagesErrorResponse",
                self.error,
                self.metadata,
                self.openrouter_metadata,
                self.request_id,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
