# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicUsageIteration) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicCompactionUsageIteration`, :class:`AnthropicMessageUsageIteration`,
:class:`AnthropicAdvisorMessageUsageIteration`, :class:`AnthropicUnknownUsageIteration`.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_advisor_message_usage_iteration import (
    AnthropicAdvisorMessageUsageIteration,
)
from openrouter_core.models.anthropic_compaction_usage_iteration import (
    AnthropicCompactionUsageIteration,
)
from openrouter_core.models.anthropic_message_usage_iteration import AnthropicMessageUsageIteration
from openrouter_core.models.anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration

AnthropicUsageIteration: TypeAlias = (
    AnthropicCompactionUsageIteration
    | AnthropicMessageUsageIteration
    | AnthropicAdvisorMessageUsageIteration
    | AnthropicUnknownUsageIteration
)
"""One of :class:`AnthropicCompactionUsageIteration`, :class:`AnthropicMessageUsageIteration`,
:class:`AnthropicAdvisorMessageUsageIteration`, :class:`AnthropicUnknownUsageIteration`.
"""


_ANTHROPIC_USAGE_ITERATION_BY_TYPE: dict[Any, Any] = {
    "advisor_message": AnthropicAdvisorMessageUsageIteration,
    "compaction": AnthropicCompactionUsageIteration,
    "message": AnthropicMessageUsageIteration,
}


def _choose_anthropic_usage_iteration(data: Any) -> Any:
    """The member of :data:`AnthropicUsageIteration` that ``data`` is, by its ``type``.

    An unknown ``type`` goes to :class:`AnthropicUnknownUsageIteration`.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_USAGE_ITERATION_BY_TYPE.get(
            data.get("type"), AnthropicUnknownUsageIteration
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AnthropicUsageIteration: expected an object, got {type(data).__name__}")


register_union(AnthropicUsageIteration, _choose_anthropic_usage_iteration)
