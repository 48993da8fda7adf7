# Generated from the OpenRouter OpenAPI spec (components/schemas/GenerationContentErrorAttempt) by `python -m codegen`; do not edit.
"""A single failed upstream attempt recorded for the generation."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class GenerationContentErrorAttempt:
    """A single failed upstream attempt recorded for the generation."""

    code: int
    """HTTP status returned by this attempt."""
    message: str
    """Error message returned by this attempt."""
    provider_name: str | None
    """Provider that served this attempt, when known."""
    raw: str | None
    """Raw error body returned by the provider, when stored."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: int,
        message: str,
        provider_name: str | None,
        raw: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("message", message)
        _setattr("provider_name", provider_name)
        _setattr("raw", raw)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"message={self.message!r}, "
            f"provider_name={self.provider_name!r}, "
            f"raw={self.raw!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.code, self.message, self.provider_name, self.raw, self.extra_fields) == (
            other.code,
            other.message,
            other.provider_name,
            other.raw,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "GenerationContentErrorAttempt",
                self.code,
                self.message,
                self.provider_name,
                self.raw,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
