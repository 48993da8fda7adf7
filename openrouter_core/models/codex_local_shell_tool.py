# Generated from the OpenRouter OpenAPI spec (components/schemas/CodexLocalShellTool) by `python -m codegen`; do not edit.
"""Local shell tool configuration."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CodexLocalShellTool:
    """Local shell tool configuration."""

    type: str = "local_shell"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
