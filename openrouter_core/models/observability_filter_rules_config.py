# Generated from the OpenRouter OpenAPI spec (components/schemas/ObservabilityFilterRulesConfig) by `python -m codegen`; do not edit.
"""Optional structured filter rules controlling which events are forwarded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.observability_filter_rule_group import ObservabilityFilterRuleGroup


@attrs.frozen(kw_only=True)
class ObservabilityFilterRulesConfig:
    """Optional structured filter rules controlling which events are forwarded."""

    enabled: bool | None = None
    groups: list[ObservabilityFilterRuleGroup]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
