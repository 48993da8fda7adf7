# Generated from the OpenRouter OpenAPI spec (components/schemas/ListGuardrailsResponse) by `python -m codegen`; do not edit.
"""The ``ListGuardrailsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.guardrail import Guardrail


@attrs.frozen(kw_only=True)
class ListGuardrailsResponse:
    """The ``ListGuardrailsResponse`` object."""

    data: list[Guardrail]
    """List of guardrails."""
    total_count: int
    """Total number of guardrails."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
