# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.observability_filter_rules_config_nullable` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.observability_filter_rule_group import (
        ObservabilityFilterRuleGroupDict,
    )

__all__ = [
    "ObservabilityFilterRulesConfigNullableDict",
]


class ObservabilityFilterRulesConfigNullableDict(TypedDict, total=False):
    """The dict form of :class:`ObservabilityFilterRulesConfigNullable`."""

    enabled: bool | None
    groups: Required[list[ObservabilityFilterRuleGroupDict]]
