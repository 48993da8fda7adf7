# Generated from the OpenRouter OpenAPI spec (components/schemas/DeleteGuardrailResponse) by `python -m codegen`; do not edit.
"""The ``DeleteGuardrailResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DeleteGuardrailResponse:
    """The ``DeleteGuardrailResponse`` object."""

    deleted: bool = True
    """Confirmation that the guardrail was deleted."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
