# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputApplyPatchCallItem) by `python -m codegen`; do not edit.
"""A native `apply_patch_call` output item matching OpenAI's Responses API shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.apply_patch_call_operation import ApplyPatchCallOperation


@attrs.frozen(kw_only=True)
class OutputApplyPatchCallItem:
    """A native `apply_patch_call` output item matching OpenAI's Responses API shape."""

    call_id: str
    id: str
    operation: ApplyPatchCallOperation
    status: str
    """Lifecycle state of an `apply_patch_call` output item. Known values:
    :class:`ApplyPatchCallStatus`.
    """
    type: str = "apply_patch_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
