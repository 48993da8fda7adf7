# Generated from the OpenRouter OpenAPI spec (components/schemas/ObservabilityFilterRulesConfigNullable) by `python -m codegen`; do not edit.
"""Optional structured filter rules controlling which events are forwarded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.observability_filter_rule_group import ObservabilityFilterRuleGroup


@attrs.frozen(kw_only=True)
class ObservabilityFilterRulesConfigNullable:
    """Optional structured filter rules controlling which events are forwarded."""

    enabled: bool | None = None
    groups: list[ObservabilityFilterRuleGroup]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        enabled: bool | None = None,
        groups: list[ObservabilityFilterRuleGroup],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("enabled", enabled)
        _setattr("groups", groups)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(enabled={self.enabled!r}, groups={self.groups!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.enabled, self.groups, self.extra_fields) == (
            other.enabled,
            other.groups,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ObservabilityFilterRulesConfigNullable", self.enabled, self.groups, self.extra_fields)
        )

    # --- end of attrs methods ---
