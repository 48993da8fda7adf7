# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesContentBlockStopEvent) by `python -m codegen`; do not edit.
"""Event sent when a content block is complete."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class MessagesContentBlockStopEvent:
    """Event sent when a content block is complete."""

    index: int
    type: str = "content_block_stop"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
