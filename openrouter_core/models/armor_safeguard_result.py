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
