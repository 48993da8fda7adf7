# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputApplyPatchServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:apply_patch server tool output item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.apply_patch_call_operation import ApplyPatchCallOperation


@attrs.frozen(kw_only=True)
class OutputApplyPatchServerToolItem:
    """An openrouter:apply_patch server tool output item."""

    call_id: str | None = None
    id: str | None = None
    operation: ApplyPatchCallOperation | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:apply_patch"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
