# Generated from the OpenRouter OpenAPI spec (components/schemas/SessionCostResponse) by `python -m codegen`; do not edit.
"""The ``SessionCostResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.session_cost_item import SessionCostItem
    from openrouter_core.models.session_cost_meta import SessionCostMeta


@attrs.frozen(kw_only=True)
class SessionCostResponse:
    """The ``SessionCostResponse`` object."""

    data: list[SessionCostItem]
    meta: SessionCostMeta
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
