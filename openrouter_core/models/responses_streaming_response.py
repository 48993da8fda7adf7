# Generated from the OpenRouter OpenAPI spec (components/schemas/ResponsesStreamingResponse) by `python -m codegen`; do not edit.
"""The ``ResponsesStreamingResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.stream_events import StreamEvents


@attrs.frozen(kw_only=True)
class ResponsesStreamingResponse:
    """The ``ResponsesStreamingResponse`` object."""

    data: StreamEvents
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
