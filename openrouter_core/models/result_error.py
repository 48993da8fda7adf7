# Generated from the OpenRouter OpenAPI spec (components/schemas/ResultError) by `python -m codegen`; do not edit.
"""The ``ResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ResultError:
    """The ``ResultError`` object."""

    message: str
    param: str | None
    type: str
    error_type: str | None = None
    """Canonical OpenRouter error type, stable across all API formats."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        message: str,
        param: str | None,
        type: str,
        error_type: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("message", message)
        _setattr("param", param)
        _setattr("type", type)
        _setattr("error_type", error_type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"message={self.message!r}, "
            f"param={self.param!r}, "
            f"type={self.type!r}, "
            f"error_type={self.error_type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.message, self.param, self.type, self.error_type, self.extra_fields) == (
            other.message,
            other.param,
            other.type,
            other.error_type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ResultError", self.message, self.param, self.type, self.error_type, self.extra_fields)
        )

    # --- end of attrs methods ---
