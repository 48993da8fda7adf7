# Generated from the OpenRouter OpenAPI spec (components/schemas/BashServerTool) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.bash_server_tool_config import BashServerToolConfig


@attrs.frozen(kw_only=True)
class BashServerTool:
    """OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container."""

    parameters: BashServerToolConfig | None = None
    type: str = "openrouter:bash"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
