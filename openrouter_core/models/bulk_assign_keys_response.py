# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAssignKeysResponse) by `python -m codegen`; do not edit.
"""The ``BulkAssignKeysResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkAssignKeysResponse:
    """The ``BulkAssignKeysResponse`` object."""

    assigned_count: int
    """Number of keys successfully assigned."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
