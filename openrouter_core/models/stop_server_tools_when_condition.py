# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhenCondition) by `python -m codegen`; do not edit.
"""A single condition that, when met, halts the server-tool agent loop."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.stop_server_tools_when_finish_reason_is import (
    StopServerToolsWhenFinishReasonIs,
)
from openrouter_core.models.stop_server_tools_when_has_tool_call import (
    StopServerToolsWhenHasToolCall,
)
from openrouter_core.models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
from openrouter_core.models.stop_server_tools_when_max_tokens_used import (
    StopServerToolsWhenMaxTokensUsed,
)
from openrouter_core.models.stop_server_tools_when_step_count_is import (
    StopServerToolsWhenStepCountIs,
)

StopServerToolsWhenCondition: TypeAlias = (
    StopServerToolsWhenStepCountIs
    | StopServerToolsWhenHasToolCall
    | StopServerToolsWhenMaxTokensUsed
    | StopServerToolsWhenMaxCost
    | StopServerToolsWhenFinishReasonIs
    | dict[str, Any]
)
"""A single condition that, when met, halts the server-tool agent loop."""


_STOP_SERVER_TOOLS_WHEN_CONDITION_BY_TYPE: dict[Any, Any] = {
    "finish_reason_is": StopServerToolsWhenFinishReasonIs,
    "has_tool_call": StopServerToolsWhenHasToolCall,
    "max_cost": StopServerToolsWhenMaxCost,
    "max_tokens_used": StopServerToolsWhenMaxTokensUsed,
    "step_count_is": StopServerToolsWhenStepCountIs,
}


def _choose_stop_server_tools_when_condition(data: Any) -> Any:
    """The member of :data:`StopServerToolsWhenCondition` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _STOP_SERVER_TOOLS_WHEN_CONDITION_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"StopServerToolsWhenCondition: expected an object, got {type(data).__name__}")


register_union(StopServerToolsWhenCondition, _choose_stop_server_tools_when_condition)
