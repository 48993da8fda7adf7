# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesStopEvent) by `python -m codegen`; do not edit.
"""Event sent when the message is complete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openrouter_metadata import OpenRouterMetadata


@attrs.frozen(kw_only=True)
class MessagesStopEvent:
    """Event sent when the message is complete."""

    openrouter_metadata: OpenRouterMetadata | None = None
    type: str = "message_stop"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
