# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhenFinishReasonIs) by `python -m codegen`; do not edit.
"""Stop when the upstream model emits this finish reason (e.g. `length`)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class StopServerToolsWhenFinishReasonIs:
    """Stop when the upstream model emits this finish reason (e.g. `length`)."""

    reason: str
    type: str = "finish_reason_is"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        reason: str,
        type: str = "finish_reason_is",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("reason", reason)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(reason={self.reason!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.reason, self.type, self.extra_fields) == (
            other.reason,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("StopServerToolsWhenFinishReasonIs", self.reason, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
