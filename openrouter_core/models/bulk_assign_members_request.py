# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAssignMembersRequest) by `python -m codegen`; do not edit.
"""The ``BulkAssignMembersRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkAssignMembersRequest:
    """The ``BulkAssignMembersRequest`` object."""

    member_user_ids: list[str]
    """Array of member user IDs to assign to the guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
