# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.stop_server_tools_when_condition` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.stop_server_tools_when_finish_reason_is import (
        StopServerToolsWhenFinishReasonIsDict,
    )
    from openrouter_core.dicts.stop_server_tools_when_has_tool_call import (
        StopServerToolsWhenHasToolCallDict,
    )
    from openrouter_core.dicts.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCostDict
    from openrouter_core.dicts.stop_server_tools_when_max_tokens_used import (
        StopServerToolsWhenMaxTokensUsedDict,
    )
    from openrouter_core.dicts.stop_server_tools_when_step_count_is import (
        StopServerToolsWhenStepCountIsDict,
    )

__all__ = [
    "StopServerToolsWhenConditionDict",
]

StopServerToolsWhenConditionDict: TypeAlias = "StopServerToolsWhenStepCountIsDict | StopServerToolsWhenHasToolCallDict | StopServerToolsWhenMaxTokensUsedDict | StopServerToolsWhenMaxCostDict | StopServerToolsWhenFinishReasonIsDict"
