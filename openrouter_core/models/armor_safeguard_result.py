# Generated from the OpenRouter OpenAPI spec (components/schemas/ArmorSafeguardResult) by `python -m codegen`; do not edit.
"""The outcome of OpenRouter Armor for each client tool call of the response, keyed by tool-call id,
in the same shape Anthropic reports its server-side safeguards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.armor_safeguard_result_status import ArmorSafeguardResultStatus


@attrs.frozen(kw_only=True)
class ArmorSafeguardResult:
    """The outcome of OpenRouter Armor for each client tool call of the response, keyed by tool-call
    id, in the same shape Anthropic reports its server-side safeguards.
    """

    status: ArmorSafeguardResultStatus
    type: str = "dangerous_tool_use"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        status: ArmorSafeguardResultStatus,
        type: str = "dangerous_tool_use",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(status={self.status!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.status, self.type, self.extra_fields) == (
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ArmorSafeguardResult", self.status, self.type, self.extra_fields))

    # --- end of attrs methods ---
