# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAssignMembersResponse) by `python -m codegen`; do not edit.
"""The ``BulkAssignMembersResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkAssignMembersResponse:
    """The ``BulkAssignMembersResponse`` object."""

    assigned_count: int
    """Number of members successfully assigned."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
