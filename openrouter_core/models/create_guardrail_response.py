# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateGuardrailResponse) by `python -m codegen`; do not edit.
"""The ``CreateGuardrailResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.guardrail import Guardrail


@attrs.frozen(kw_only=True)
class CreateGuardrailResponse:
    """The ``CreateGuardrailResponse`` object."""

    data: Guardrail
    """The created guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
