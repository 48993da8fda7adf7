# Generated from the OpenRouter OpenAPI spec (components/schemas/UnknownAlignmentCallRecord) by `python -m codegen`; do not edit.
"""A AlignmentCallRecord variant the SDK doesn't recognize."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UnknownAlignmentCallRecord:
    """A AlignmentCallRecord variant the SDK doesn't recognize."""

    outcome: str | None = None
    raw: Any
    is_unknown: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        outcome: str | None = None,
        raw: Any,
        is_unknown: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("outcome", outcome)
        _setattr("raw", raw)
        _setattr("is_unknown", is_unknown)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"outcome={self.outcome!r}, "
            f"raw={self.raw!r}, "
            f"is_unknown={self.is_unknown!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.outcome, self.raw, self.is_unknown, self.extra_fields) == (
            other.outcome,
            other.raw,
            other.is_unknown,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UnknownAlignmentCallRecord",
                self.outcome,
                self.raw,
                self.is_unknown,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
