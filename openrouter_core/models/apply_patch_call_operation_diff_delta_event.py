# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchCallOperationDiffDeltaEvent) by `python -m codegen`; do not edit.
"""Incremental chunk of `operation.diff` for an `apply_patch_call`."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ApplyPatchCallOperationDiffDeltaEvent:
    """Incremental chunk of `operation.diff` for an `apply_patch_call`."""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.apply_patch_call_operation_diff.delta"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
