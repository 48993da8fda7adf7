# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesPingEvent) by `python -m codegen`; do not edit.
"""Keep-alive ping event."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class MessagesPingEvent:
    """Keep-alive ping event."""

    type: str = "ping"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
