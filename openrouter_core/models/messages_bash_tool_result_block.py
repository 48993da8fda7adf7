# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesBashToolResultBlock) by `python -m codegen`; do not edit.
"""Output of a sandbox-executed `openrouter:bash` call from a prior assistant turn."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class MessagesBashToolResultBlock:
    """Output of a sandbox-executed `openrouter:bash` call from a prior assistant turn."""

    content: dict[str, Any]
    tool_use_id: str
    type: str = "openrouter_bash_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
