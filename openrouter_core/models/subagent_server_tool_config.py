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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        inherit_functions: bool | None = None,
        inherited_function_names: list[str] | None = None,
        instructions: str | None = None,
        max_completion_tokens: int | None = None,
        max_tool_calls: int | None = None,
        model: str | None = None,
        name: str | None = None,
        reasoning: SubagentReasoning | None = None,
        temperature: float | None = None,
        tools: list[SubagentNestedTool] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("inherit_functions", inherit_functions)
        _setattr("inherited_function_names", inherited_function_names)
        _setattr("instructions", instructions)
        _setattr("max_completion_tokens", max_completion_tokens)
        _setattr("max_tool_calls", max_tool_calls)
        _setattr("model", model)
        _setattr("name", name)
        _setattr("reasoning", reasoning)
        _setattr("temperature", temperature)
        _setattr("tools", tools)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"inherit_functions={self.inherit_functions!r}, "
            f"inherited_function_names={self.inherited_function_names!r}, "
            f"instructions={self.instructions!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"model={self.model!r}, "
            f"name={self.name!r}, "
            f"reasoning={self.reasoning!r}, "
            f"temperature={self.temperature!r}, "
            f"tools={self.tools!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.inherit_functions,
            self.inherited_function_names,
            self.instructions,
            self.max_completion_tokens,
            self.max_tool_calls,
            self.model,
            self.name,
            self.reasoning,
            self.temperature,
            self.tools,
            self.extra_fields,
        ) == (
            other.inherit_functions,
            other.inherited_function_names,
            other.instructions,
            other.max_completion_tokens,
            other.max_tool_calls,
            other.model,
            other.name,
            other.reasoning,
            other.temperature,
            other.tools,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "SubagentServerToolConfig",
                self.inherit_functions,
                self.inherited_function_names,
                self.instructions,
                self.max_completion_tokens,
                self.max_tool_calls,
                self.model,
                self.name,
                self.reasoning,
                self.temperature,
                self.tools,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
