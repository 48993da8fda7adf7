# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolChoiceAllowed) by `python -m codegen`; do not edit.
"""Constrains the model to a pre-defined set of allowed tools."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ToolChoiceAllowed:
    """Constrains the model to a pre-defined set of allowed tools."""

    mode: str = "auto"
    tools: list[dict[str, Any]]
    type: str = "allowed_tools"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
