# Generated from the OpenRouter OpenAPI spec (components/schemas/ListToolsResponse) by `python -m codegen`; do not edit.
"""The ``ListToolsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.list_tools_response_links import ListToolsResponseLinks
    from openrouter_core.models.server_tool import ServerTool


@attrs.frozen(kw_only=True)
class ListToolsResponse:
    """The ``ListToolsResponse`` object."""

    data: list[ServerTool]
    links: ListToolsResponseLinks
    total_count: int
    """Total number of tools."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
