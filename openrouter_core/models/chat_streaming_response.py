# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamingResponse) by `python -m codegen`; do not edit.
"""The ``ChatStreamingResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.chat_stream_chunk import ChatStreamChunk


@attrs.frozen(kw_only=True)
class ChatStreamingResponse:
    """The ``ChatStreamingResponse`` object."""

    data: ChatStreamChunk
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
