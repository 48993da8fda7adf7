# Generated from the OpenRouter OpenAPI spec (components/schemas/ListKeyAssignmentsResponse) by `python -m codegen`; do not edit.
"""The ``ListKeyAssignmentsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.key_assignment import KeyAssignment


@attrs.frozen(kw_only=True)
class ListKeyAssignmentsResponse:
    """The ``ListKeyAssignmentsResponse`` object."""

    data: list[KeyAssignment]
    """List of key assignments."""
    total_count: int
    """Total number of key assignments for this guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
