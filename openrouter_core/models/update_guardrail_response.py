# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateGuardrailResponse) by `python -m codegen`; do not edit.
"""The ``UpdateGuardrailResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.guardrail import Guardrail


@attrs.frozen(kw_only=True)
class UpdateGuardrailResponse:
    """The ``UpdateGuardrailResponse`` object."""

    data: Guardrail
    """The updated guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
