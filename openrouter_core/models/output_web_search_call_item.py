# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputWebSearchCallItem) by `python -m codegen`; do not edit.
"""The ``OutputWebSearchCallItem`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.output_item_web_search_call import OutputItemWebSearchCallAction


@attrs.frozen(kw_only=True)
class OutputWebSearchCallItem:
    """The ``OutputWebSearchCallItem`` object."""

    action: OutputItemWebSearchCallAction | None = None
    id: str
    status: str
    """Known values: :class:`WebSearchStatus`."""
    type: str = "web_search_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
