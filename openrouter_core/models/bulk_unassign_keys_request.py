# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkUnassignKeysRequest) by `python -m codegen`; do not edit.
"""The ``BulkUnassignKeysRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkUnassignKeysRequest:
    """The ``BulkUnassignKeysRequest`` object."""

    key_hashes: list[str]
    """Array of API key hashes to unassign from the guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
