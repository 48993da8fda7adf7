# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellServerTool) by `python -m codegen`; do not edit.
"""Shell tool configuration."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ShellServerTool:
    """Shell tool configuration."""

    type: str = "shell"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
