# Generated from the OpenRouter OpenAPI spec (components/schemas/ContextCompressionPlugin) by `python -m codegen`; do not edit.
"""The ``ContextCompressionPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContextCompressionPlugin:
    """The ``ContextCompressionPlugin`` object."""

    enabled: bool | None = None
    """Set to false to disable the context-compression plugin for this request."""
    engine: str | None = None
    """The compression engine to use."""
    id: str = "context-compression"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
