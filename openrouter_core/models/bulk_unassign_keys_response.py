# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkUnassignKeysResponse) by `python -m codegen`; do not edit.
"""The ``BulkUnassignKeysResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkUnassignKeysResponse:
    """The ``BulkUnassignKeysResponse`` object."""

    unassigned_count: int
    """Number of keys successfully unassigned."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
