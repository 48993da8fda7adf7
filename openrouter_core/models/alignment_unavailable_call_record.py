# Generated from the OpenRouter OpenAPI spec (components/schemas/AlignmentUnavailableCallRecord) by `python -m codegen`; do not edit.
"""The ``AlignmentUnavailableCallRecord`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AlignmentUnavailableCallRecord:
    """The ``AlignmentUnavailableCallRecord`` object."""

    call: int
    """Number of the record, from 1. A record is one evaluated assistant message; a model call of a
    server-tool loop that produces several messages has one record per message, and a retry
    continues the numbering.
    """
    outcome: str = "unavailable"
    reason: str
    """Known values: ``"cut"``, ``"evaluator_error"``, ``"malformed_answer"``, ``"time_limit"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call: int,
        outcome: str = "unavailable",
        reason: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call", call)
        _setattr("outcome", outcome)
        _setattr("reason", reason)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call={self.call!r}, "
            f"outcome={self.outcome!r}, "
            f"reason={self.reason!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.call, self.outcome, self.reason, self.extra_fields) == (
            other.call,
            other.outcome,
            other.reason,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AlignmentUnavailableCallRecord",
                self.call,
                self.outcome,
                self.reason,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
