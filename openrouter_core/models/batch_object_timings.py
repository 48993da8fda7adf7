# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectTimings) by `python -m codegen`; do not edit.
"""The ``BatchObjectTimings`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchObjectTimings:
    """The ``BatchObjectTimings`` object."""

    epoch_ms: int
    event: str
    """Known values: ``"adapter_request"``, ``"upstream_headers_received"``,
    ``"first_token_received"``, ``"upstream_body_ended"``.
    """
    start_ms: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        epoch_ms: int,
        event: str,
        start_ms: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("epoch_ms", epoch_ms)
        _setattr("event", event)
        _setattr("start_ms", start_ms)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"epoch_ms={self.epoch_ms!r}, "
            f"event={self.event!r}, "
            f"start_ms={self.start_ms!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.epoch_ms, self.event, self.start_ms, self.extra_fields) == (
            other.epoch_ms,
            other.event,
            other.start_ms,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("BatchObjectTimings", self.epoch_ms, self.event, self.start_ms, self.extra_fields)
        )

    # --- end of attrs methods ---
