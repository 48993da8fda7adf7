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


@attrs.frozen(kw_only=True)
class DebugEventDebug:
    """The ``debug`` of a :class:`DebugEvent`."""

    echo_upstream_body: dict[str, Any] | None = None
    timings: DebugEventDebugTimings | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class DebugEvent:
    """Debug event emitted when debug.echo_upstream_body is true."""

    debug: DebugEventDebug
    sequence_number: int
    type: str = "response.debug"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
