# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container (a
sandbox-backed clone of OpenAI's hosted shell tool).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.shell_server_tool_config import ShellServerToolConfig


@attrs.frozen(kw_only=True)
class ShellServerToolOpenRouter:
    """OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container (a
    sandbox-backed clone of OpenAI's hosted shell tool).
    """

    parameters: ShellServerToolConfig | None = None
    type: str = "openrouter:shell"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
