# Generated from the OpenRouter OpenAPI spec (components/schemas/FunctionTool) by `python -m codegen`; do not edit.
"""Function tool definition."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class FunctionTool:
    """Function tool definition."""

    description: str | Unset | None = UNSET
    name: str
    parameters: dict[str, Any] | None
    strict: bool | Unset | None = UNSET
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
