# Generated from the OpenRouter OpenAPI spec (components/schemas/NamespaceFunctionTool) by `python -m codegen`; do not edit.
"""A function tool grouped inside a namespace tool."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class NamespaceFunctionTool:
    """A function tool grouped inside a namespace tool."""

    allowed_callers: list[str] | Unset | None = UNSET
    defer_loading: bool | None = None
    description: str | Unset | None = UNSET
    name: str
    output_schema: dict[str, Any] | Unset | None = UNSET
    parameters: dict[str, Any] | Unset | None = UNSET
    strict: bool | Unset | None = UNSET
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
