# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemFunctionCall) by `python -m codegen`; do not edit.
"""The ``OutputItemFunctionCall`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputItemFunctionCall:
    """The ``OutputItemFunctionCall`` object."""

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
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
