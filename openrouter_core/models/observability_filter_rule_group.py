# Generated from the OpenRouter OpenAPI spec (components/schemas/ObservabilityFilterRuleGroup) by `python -m codegen`; do not edit.
"""The ``ObservabilityFilterRuleGroup`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union

ObservabilityFilterRuleGroupRulesValue: TypeAlias = str | float
"""The ``value`` of a :class:`ObservabilityFilterRuleGroupRules`."""


def _choose_observability_filter_rule_group_rules_value(data: Any) -> Any:
    """The member of :data:`ObservabilityFilterRuleGroupRulesValue` that ``data`` is, by its JSON
    type.
    """
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    raise TypeError(
        f"ObservabilityFilterRuleGroupRulesValue: expected a number or a string, got {type(data).__name__}"
    )


register_union(
    ObservabilityFilterRuleGroupRulesValue, _choose_observability_filter_rule_group_rules_value
)


@attrs.frozen(kw_only=True)
class ObservabilityFilterRuleGroupRules:
    """The ``rules`` of a :class:`ObservabilityFilterRuleGroup`."""

    field: str
    """Known values: ``"model"``, ``"provider"``, ``"session_id"``, ``"user_id"``,
    ``"api_key_name"``, ``"finish_reason"``, ``"input"``, ``"output"``, ``"total_cost"``,
    ``"total_tokens"``, ``"prompt_tokens"``, ``"completion_tokens"``.
    """
    operator: str
    value: ObservabilityFilterRuleGroupRulesValue | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ObservabilityFilterRuleGroup:
    """The ``ObservabilityFilterRuleGroup`` object."""

    logic: str | None = None
    """Known values: ``"and"``, ``"or"``."""
    rules: list[ObservabilityFilterRuleGroupRules]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
