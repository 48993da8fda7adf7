# Generated from the OpenRouter OpenAPI spec (components/schemas/Alignment) by `python -m codegen`; do not edit.
"""Beta."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.alignment_allowed_call_record import AlignmentAllowedCallRecord
from openrouter_core.models.alignment_blocked_call_record import AlignmentBlockedCallRecord
from openrouter_core.models.alignment_unavailable_call_record import AlignmentUnavailableCallRecord
from openrouter_core.models.unknown_alignment_call_record import UnknownAlignmentCallRecord

AlignmentCalls: TypeAlias = (
    AlignmentAllowedCallRecord
    | AlignmentBlockedCallRecord
    | AlignmentUnavailableCallRecord
    | UnknownAlignmentCallRecord
    | dict[str, Any]
)
"""One record per evaluated assistant message of the request, in the order the messages were
produced.
"""


_ALIGNMENT_CALLS_BY_OUTCOME: dict[Any, Any] = {
    "UNKNOWN": UnknownAlignmentCallRecord,
    "allowed": AlignmentAllowedCallRecord,
    "blocked": AlignmentBlockedCallRecord,
    "unavailable": AlignmentUnavailableCallRecord,
}


def _choose_alignment_calls(data: Any) -> Any:
    """The member of :data:`AlignmentCalls` that ``data`` is, by its ``outcome``.

    An unknown ``outcome`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ALIGNMENT_CALLS_BY_OUTCOME.get(data.get("outcome"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AlignmentCalls: expected an object, got {type(data).__name__}")


register_union(AlignmentCalls, _choose_alignment_calls)


@attrs.frozen(kw_only=True)
class Alignment:
    """Beta."""

    calls: list[AlignmentCalls]
    """One record per evaluated assistant message of the request, in the order the messages were
    produced.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        calls: list[AlignmentCalls],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("calls", calls)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(calls={self.calls!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.calls, self.extra_fields) == (other.calls, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("Alignment", self.calls, self.extra_fields))

    # --- end of attrs methods ---
