# Generated from the OpenRouter OpenAPI spec (components/schemas/GetGuardrailResponse) by `python -m codegen`; do not edit.
"""The ``GetGuardrailResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.guardrail import Guardrail


@attrs.frozen(kw_only=True)
class GetGuardrailResponse:
    """The ``GetGuardrailResponse`` object."""

    data: Guardrail
    """The guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
