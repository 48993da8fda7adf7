# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:shell server tool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.shell_server_tool_environment import ShellServerToolEnvironment


@attrs.frozen(kw_only=True)
class ShellServerToolConfig:
    """Configuration for the openrouter:shell server tool."""

    engine: str | None = None
    """Which shell engine to use. Known values: :class:`ShellServerToolEngine`."""
    environment: ShellServerToolEnvironment | None = None
    sleep_after_seconds: int | None = None
    """How long (in seconds) the container stays warm after its last command before sleeping,
    freeing its capacity slot.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
