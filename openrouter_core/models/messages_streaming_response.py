# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesStreamingResponse) by `python -m codegen`; do not edit.
"""The ``MessagesStreamingResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.messages_stream_events import MessagesStreamEvents


@attrs.frozen(kw_only=True)
class MessagesStreamingResponse:
    """The ``MessagesStreamingResponse`` object."""

    data: MessagesStreamEvents
    event: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
