# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputWebSearchServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:web_search server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputWebSearchServerToolItemActionSources:
    """The ``sources`` of a :class:`OutputWebSearchServerToolItemAction`."""

    type: str = "url"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OutputWebSearchServerToolItemAction:
    """The search action performed, matching OpenAI web_search_call.action shape."""

    query: str
    sources: list[OutputWebSearchServerToolItemActionSources] | None = None
    type: str = "search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OutputWebSearchServerToolItem:
    """An openrouter:web_search server tool output item."""

    action: OutputWebSearchServerToolItemAction | None = None
    """The search action performed, matching OpenAI web_search_call.action shape."""
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:web_search"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
