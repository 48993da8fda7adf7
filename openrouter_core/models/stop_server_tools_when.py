# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhen) by `python -m codegen`; do not edit.
"""Stop conditions for the server-tool agent loop."""

from __future__ import annotations

from typing import TypeAlias

from openrouter_core.models.stop_server_tools_when_condition import StopServerToolsWhenCondition

StopServerToolsWhen: TypeAlias = list[StopServerToolsWhenCondition]
"""Stop conditions for the server-tool agent loop."""
