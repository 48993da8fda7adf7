# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkUnassignMembersResponse) by `python -m codegen`; do not edit.
"""The ``BulkUnassignMembersResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkUnassignMembersResponse:
    """The ``BulkUnassignMembersResponse`` object."""

    unassigned_count: int
    """Number of members successfully unassigned."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
