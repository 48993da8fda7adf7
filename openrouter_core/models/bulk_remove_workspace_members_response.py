# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkRemoveWorkspaceMembersResponse) by `python -m codegen`; do not edit.
"""The ``BulkRemoveWorkspaceMembersResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkRemoveWorkspaceMembersResponse:
    """The ``BulkRemoveWorkspaceMembersResponse`` object."""

    removed_count: int
    """Number of members removed."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
