# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputMemoryServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:memory server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputMemoryServerToolItem:
    """An openrouter:memory server tool output item."""

    action: str | None = None
    """Known values: ``"read"``, ``"write"``, ``"delete"``."""
    id: str | None = None
    key: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:memory"
    value: Any = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
