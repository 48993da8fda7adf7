# Generated from the OpenRouter OpenAPI spec (components/schemas/GenerationContentError) by `python -m codegen`; do not edit.
"""The stored failure for this generation, or null when it succeeded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.generation_content_error_attempt import (
        GenerationContentErrorAttempt,
    )


@attrs.frozen(kw_only=True)
class GenerationContentError:
    """The stored failure for this generation, or null when it succeeded."""

    message: str | None
    """Error message returned to the client."""
    previous_errors: list[GenerationContentErrorAttempt]
    """Every upstream attempt that failed before the returned error, in attempt order."""
    provider_name: str | None
    """Provider whose error was returned to the client, when known."""
    raw: str | None
    """Raw error body behind the returned error, when stored."""
    status: int | None
    """HTTP status returned to the client."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        message: str | None,
        previous_errors: list[GenerationContentErrorAttempt],
        provider_name: str | None,
        raw: str | None,
        status: int | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("message", message)
        _setattr("previous_errors", previous_errors)
        _setattr("provider_name", provider_name)
        _setattr("raw", raw)
        _setattr("status", status)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"message={self.message!r}, "
            f"previous_errors={self.previous_errors!r}, "
            f"provider_name={self.provider_name!r}, "
            f"raw={self.raw!r}, "
            f"status={self.status!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.message,
            self.previous_errors,
            self.provider_name,
            self.raw,
            self.status,
            self.extra_fields,
        ) == (
            other.message,
            other.previous_errors,
            other.provider_name,
            other.raw,
            other.status,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "GenerationContentError",
                self.message,
                self.previous_errors,
                self.provider_name,
                self.raw,
                self.status,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
