# Generated from the OpenRouter OpenAPI spec (components/schemas/ObservabilityFilterRuleGroup) by `python -m codegen`; do not edit.
"""The ``ObservabilityFilterRuleGroup`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        field: str,
        operator: str,
        value: ObservabilityFilterRuleGroupRulesValue | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("field", field)
        _setattr("operator", operator)
        _setattr("value", value)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"field={self.field!r}, "
            f"operator={self.operator!r}, "
            f"value={self.value!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.field, self.operator, self.value, self.extra_fields) == (
            other.field,
            other.operator,
            other.value,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ObservabilityFilterRuleGroupRules",
                self.field,
                self.operator,
                self.value,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ObservabilityFilterRuleGroup:
    """The ``ObservabilityFilterRuleGroup`` object."""

    logic: str | None = None
    """Known values: ``"and"``, ``"or"``."""
    rules: list[ObservabilityFilterRuleGroupRules]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        logic: str | None = None,
        rules: list[ObservabilityFilterRuleGroupRules],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("logic", logic)
        _setattr("rules", rules)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(logic={self.logic!r}, rules={self.rules!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.logic, self.rules, self.extra_fields) == (
            other.logic,
            other.rules,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ObservabilityFilterRuleGroup", self.logic, self.rules, self.extra_fields))

    # --- end of attrs methods ---
