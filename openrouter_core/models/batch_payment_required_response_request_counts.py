# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchPaymentRequiredResponseRequestCounts) by `python -m codegen`; do not edit.
"""The ``BatchPaymentRequiredResponseRequestCounts`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchPaymentRequiredResponseRequestCounts:
    """The ``BatchPaymentRequiredResponseRequestCounts`` object."""

    completed: int
    failed: int
    total: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        completed: int,
        failed: int,
        total: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("completed", completed)
        _setattr("failed", failed)
        _setattr("total", total)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"completed={self.completed!r}, "
            f"failed={self.failed!r}, "
            f"total={self.total!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.completed, self.failed, self.total, self.extra_fields) == (
            other.completed,
            other.failed,
            other.total,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchPaymentRequiredResponseRequestCounts",
                self.completed,
                self.failed,
                self.total,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
