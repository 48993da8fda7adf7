# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkUnassignMembersRequest) by `python -m codegen`; do not edit.
"""The ``BulkUnassignMembersRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkUnassignMembersRequest:
    """The ``BulkUnassignMembersRequest`` object."""

    member_user_ids: list[str]
    """Array of member user IDs to unassign from the guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
