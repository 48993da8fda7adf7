# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.subagent_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from openrouter_core.dicts.subagent_nested_tool import SubagentNestedToolDict
    from openrouter_core.dicts.subagent_reasoning import SubagentReasoningDict

__all__ = [
    "SubagentServerToolConfigDict",
]


class SubagentServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`SubagentServerToolConfig`."""

    inherit_functions: bool | None
    inherited_function_names: list[str] | None
    instructions: str | None
    max_completion_tokens: int | None
    max_tool_calls: int | None
    model: str | None
    name: str | None
    reasoning: SubagentReasoningDict | None
    temperature: float | None
    tools: list[SubagentNestedToolDict] | None
