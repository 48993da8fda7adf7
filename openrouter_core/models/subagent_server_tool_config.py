# Generated from the OpenRouter OpenAPI spec (components/schemas/SubagentServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for one openrouter:subagent server tool entry."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.subagent_nested_tool import SubagentNestedTool
    from openrouter_core.models.subagent_reasoning import SubagentReasoning


@attrs.frozen(kw_only=True)
class SubagentServerToolConfig:
    """Configuration for one openrouter:subagent server tool entry."""

    inherit_functions: bool | None = None
    """EXPERIMENTAL — subject to change without notice."""
    inherited_function_names: list[str] | None = None
    """EXPERIMENTAL — subject to change without notice."""
    instructions: str | None = None
    """System instructions for the subagent."""
    max_completion_tokens: int | None = None
    """Maximum number of output tokens (including reasoning) the subagent may produce."""
    max_tool_calls: int | None = None
    """Maximum number of tool-calling steps the subagent may take during its agentic loop."""
    model: str | None = None
    """Slug of the model that executes delegated tasks (any OpenRouter model)."""
    name: str | None = None
    """Optional name for this subagent."""
    reasoning: SubagentReasoning | None = None
    temperature: float | None = None
    """Sampling temperature forwarded to the subagent call."""
    tools: list[SubagentNestedTool] | None = None
    """Tools the subagent may use while executing a delegated task."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
