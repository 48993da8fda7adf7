# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseErrorEvent) by `python -m codegen`; do not edit.
"""Event emitted when an error occurs during streaming."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BaseErrorEvent:
    """Event emitted when an error occurs during streaming."""

    code: str | None
    message: str
    param: str | None
    sequence_number: int
    type: str = "error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: str | None,
        message: str,
        param: str | None,
        sequence_number: int,
        type: str = "error",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("message", message)
        _setattr("param", param)
        _setattr("sequence_number", sequence_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"message={self.message!r}, "
            f"param={self.param!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.code,
            self.message,
            self.param,
            self.sequence_number,
            self.type,
            self.extra_fields,
        ) == (
            other.code,
            other.message,
            other.param,
            other.sequence_number,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BaseErrorEvent",
                self.code,
                self.message,
                self.param,
                self.sequence_number,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
