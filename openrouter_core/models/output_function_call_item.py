# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputFunctionCallItem) by `python -m codegen`; do not edit.
"""The ``OutputFunctionCallItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputFunctionCallItemSubagentItems:
    """EXPERIMENTAL — subject to change without notice."""

    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OutputFunctionCallItem:
    """The ``OutputFunctionCallItem`` object."""

    arguments: str
    call_id: str
    id: str | None = None
    name: str
    namespace: str | None = None
    """Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
    server).
    """
    status: str | None = None
    type: str = "function_call"
    subagent_id: str | None = None
    """EXPERIMENTAL — subject to change without notice."""
    subagent_items: list[OutputFunctionCallItemSubagentItems] | None = None
    """EXPERIMENTAL — subject to change without notice."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
