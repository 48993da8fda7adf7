# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputToolSearchServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:tool_search server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputToolSearchServerToolItem:
    """An openrouter:tool_search server tool output item."""

    id: str | None = None
    query: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:tool_search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
