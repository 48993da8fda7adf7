# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchCallOperationDiffDoneEvent) by `python -m codegen`; do not edit.
"""Emitted when `operation.diff` streaming completes for an `apply_patch_call`."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ApplyPatchCallOperationDiffDoneEvent:
    """Emitted when `operation.diff` streaming completes for an `apply_patch_call`."""

    diff: str
    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.apply_patch_call_operation_diff.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
