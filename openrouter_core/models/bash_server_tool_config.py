# Generated from the OpenRouter OpenAPI spec (components/schemas/BashServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:bash server tool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.bash_server_tool_environment import BashServerToolEnvironment


@attrs.frozen(kw_only=True)
class BashServerToolConfig:
    """Configuration for the openrouter:bash server tool."""

    engine: str | None = None
    """Which bash engine to use. Known values: :class:`BashServerToolEngine`."""
    environment: BashServerToolEnvironment | None = None
    sleep_after_seconds: int | None = None
    """How long (in seconds) the container stays warm after its last command before sleeping,
    freeing its capacity slot.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
