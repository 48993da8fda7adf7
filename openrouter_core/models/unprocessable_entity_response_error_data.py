# Generated from the OpenRouter OpenAPI spec (components/schemas/UnprocessableEntityResponseErrorData) by `python -m codegen`; do not edit.
"""Error data for UnprocessableEntityResponse."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class UnprocessableEntityResponseErrorData:
    """Error data for UnprocessableEntityResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: int,
        message: str,
        metadata: dict[str, Any] | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("message", message)
        _setattr("metadata", metadata)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"message={self.message!r}, "
            f"metadata={self.metadata!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.code, self.message, self.metadata, self.extra_fields) == (
            other.code,
            other.message,
            other.metadata,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UnprocessableEntityResponseErrorData",
                self.code,
                self.message,
                self.metadata,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
