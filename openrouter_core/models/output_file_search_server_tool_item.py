# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputFileSearchServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:file_search server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputFileSearchServerToolItem:
    """An openrouter:file_search server tool output item."""

    id: str | None = None
    queries: list[str] | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:file_search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
