# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamOptions) by `python -m codegen`; do not edit.
"""Streaming configuration options."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatStreamOptions:
    """Streaming configuration options."""

    include_usage: bool | None = None
    """Deprecated. Deprecated: This field has no effect."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
