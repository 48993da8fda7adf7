# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputSearchModelsServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:experimental__search_models server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputSearchModelsServerToolItem:
    """An openrouter:experimental__search_models server tool output item."""

    arguments: str | None = None
    """The JSON arguments submitted to the search tool (e.g. {"query":"Claude"})."""
    id: str | None = None
    query: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:experimental__search_models"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
