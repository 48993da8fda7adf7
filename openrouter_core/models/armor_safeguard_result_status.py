# Generated from the OpenRouter OpenAPI spec (components/schemas/ArmorSafeguardResultStatus) by `python -m codegen`; do not edit.
"""The ``ArmorSafeguardResultStatus`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.tool_uses_evaluated import ToolUsesEvaluated
from openrouter_core.models.tool_uses_skipped import ToolUsesSkipped
from openrouter_core.models.tool_uses_unavailable import ToolUsesUnavailable
from openrouter_core.models.unknown_tool_uses import UnknownToolUses

ArmorSafeguardResultStatusToolUsesValue: TypeAlias = (
    ToolUsesEvaluated | ToolUsesSkipped | ToolUsesUnavailable | UnknownToolUses | dict[str, Any]
)
"""One of :class:`ToolUsesEvaluated`, :class:`ToolUsesSkipped`, :class:`ToolUsesUnavailable`,
:class:`UnknownToolUses`, ``dict[str, Any]``.
"""


_ARMOR_SAFEGUARD_RESULT_STATUS_TOOL_USES_VALUE_BY_TYPE: dict[Any, Any] = {
    "UNKNOWN": UnknownToolUses,
    "evaluated": ToolUsesEvaluated,
    "skipped": ToolUsesSkipped,
    "unavailable": ToolUsesUnavailable,
}


def _choose_armor_safeguard_result_status_tool_uses_value(data: Any) -> Any:
    """The member of :data:`ArmorSafeguardResultStatusToolUsesValue` that ``data`` is, by its
    ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ARMOR_SAFEGUARD_RESULT_STATUS_TOOL_USES_VALUE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"ArmorSafeguardResultStatusToolUsesValue: expected an object, got {type(data).__name__}"
    )


register_union(
    ArmorSafeguardResultStatusToolUsesValue, _choose_armor_safeguard_result_status_tool_uses_value
)


@attrs.frozen(kw_only=True)
class ArmorSafeguardResultStatus:
    """The ``ArmorSafeguardResultStatus`` object."""

    tool_uses: dict[str, ArmorSafeguardResultStatusToolUsesValue]
    type: str = "available"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        tool_uses: dict[str, ArmorSafeguardResultStatusToolUsesValue],
        type: str = "available",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("tool_uses", tool_uses)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(tool_uses={self.tool_uses!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.tool_uses, self.type, self.extra_fields) == (
            other.tool_uses,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ArmorSafeguardResultStatus", self.tool_uses, self.type, self.extra_fields))

    # --- end of attrs methods ---
