# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAssignKeysRequest) by `python -m codegen`; do not edit.
"""The ``BulkAssignKeysRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkAssignKeysRequest:
    """The ``BulkAssignKeysRequest`` object."""

    key_hashes: list[str]
    """Array of API key hashes to assign to the guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
