# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchCallItem) by `python -m codegen`; do not edit.
"""A tool call emitted by the model requesting a V4A patch operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.apply_patch_call_operation import ApplyPatchCallOperation


@attrs.frozen(kw_only=True)
class ApplyPatchCallItem:
    """A tool call emitted by the model requesting a V4A patch operation."""

    call_id: str
    id: str | Unset | None = UNSET
    operation: ApplyPatchCallOperation
    status: str
    """Lifecycle state of an `apply_patch_call` output item. Known values:
    :class:`ApplyPatchCallStatus`.
    """
    type: str = "apply_patch_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
