# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchPaymentRequiredResponseError) by `python -m codegen`; do not edit.
"""The ``BatchPaymentRequiredResponseError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchPaymentRequiredResponseError:
    """The ``BatchPaymentRequiredResponseError`` object."""

    code: int
    message: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: int,
        message: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("message", message)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(code={self.code!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.code, self.message, self.extra_fields) == (
            other.code,
            other.message,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("BatchPaymentRequiredResponseError", self.code, self.message, self.extra_fields)
        )

    # --- end of attrs methods ---
