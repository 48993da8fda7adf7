# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.observability_filter_rule_group` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ObservabilityFilterRuleGroupDict",
    "ObservabilityFilterRuleGroupRulesDict",
    "ObservabilityFilterRuleGroupRulesValueDict",
]


class ObservabilityFilterRuleGroupDict(TypedDict, total=False):
    """The dict form of :class:`ObservabilityFilterRuleGroup`."""

    logic: Literal["and", "or"] | str | None
    rules: Required[list[ObservabilityFilterRuleGroupRulesDict]]


class ObservabilityFilterRuleGroupRulesDict(TypedDict, total=False):
    """The dict form of :class:`ObservabilityFilterRuleGroupRules`."""

    field: Required[
        Literal[
            "model",
            "provider",
            "session_id",
            "user_id",
            "api_key_name",
            "finish_reason",
            "input",
            "output",
            "total_cost",
            "total_tokens",
            "prompt_tokens",
            "completion_tokens",
        ]
        | str
    ]
    operator: Required[
        Literal[
            "equals",
            "not_equals",
            "contains",
            "not_contains",
            "regex",
            "starts_with",
            "ends_with",
            "gt",
            "lt",
            "gte",
            "lte",
            "exists",
            "not_exists",
        ]
        | str
    ]
    value: ObservabilityFilterRuleGroupRulesValueDict | None


ObservabilityFilterRuleGroupRulesValueDict: TypeAlias = "str | float"
