# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolOutputName) by `python -m codegen`; do not edit.
"""The ``ServerToolOutputName`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ServerToolOutputName:
    """The ``ServerToolOutputName`` object."""

    api_format: str
    """Known values: ``"responses"``, ``"chat-completions"``, ``"anthropic-messages"``."""
    type: str
    """Output item `type` on Responses, content block `type` on Anthropic Messages,
    `reasoning_details[].type` on Chat Completions.
    """
    name: str | None = None
    """Anthropic Messages `server_tool_use` block `name`, when the call surfaces as one."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
