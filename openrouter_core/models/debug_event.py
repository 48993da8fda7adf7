# Generated from the OpenRouter OpenAPI spec (components/schemas/DebugEvent) by `python -m codegen`; do not edit.
"""Debug event emitted when debug.echo_upstream_body is true."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DebugEventDebugTimings:
    """The ``timings`` of a :class:`DebugEventDebug`."""

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
            ("DebugEventDebugTimings", self.epoch_ms, self.event, self.start_ms, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class DebugEventDebug:
    """The ``debug`` of a :class:`DebugEvent`."""

    echo_upstream_body: dict[str, Any] | None = None
    timings: DebugEventDebugTimings | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        echo_upstream_body: dict[str, Any] | None = None,
        timings: DebugEventDebugTimings | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("echo_upstream_body", echo_upstream_body)
        _setattr("timings", timings)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"echo_upstream_body={self.echo_upstream_body!r}, "
            f"timings={self.timings!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.echo_upstream_body, self.timings, self.extra_fields) == (
            other.echo_upstream_body,
            other.timings,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("DebugEventDebug", self.echo_upstream_body, self.timings, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class DebugEvent:
    """Debug event emitted when debug.echo_upstream_body is true."""

    debug: DebugEventDebug
    sequence_number: int
    type: str = "response.debug"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        debug: DebugEventDebug,
        sequence_number: int,
        type: str = "response.debug",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("debug", debug)
        _setattr("sequence_number", sequence_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"debug={self.debug!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.debug, self.sequence_number, self.type, self.extra_fields) == (
            other.debug,
            other.sequence_number,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("DebugEvent", self.debug, self.sequence_number, self.type, self.extra_fields))

    # --- end of attrs methods ---
