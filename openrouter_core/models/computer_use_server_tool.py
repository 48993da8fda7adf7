# Generated from the OpenRouter OpenAPI spec (components/schemas/ComputerUseServerTool) by `python -m codegen`; do not edit.
"""Computer use preview tool configuration."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ComputerUseServerTool:
    """Computer use preview tool configuration."""

    display_height: int
    display_width: int
    environment: str
    """Known values: ``"windows"``, ``"mac"``, ``"linux"``, ``"ubuntu"``, ``"browser"``."""
    type: str = "computer_use_preview"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
