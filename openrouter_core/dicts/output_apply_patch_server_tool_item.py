# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_apply_patch_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.apply_patch_call_operation import ApplyPatchCallOperationDict

__all__ = [
    "OutputApplyPatchServerToolItemDict",
]


class OutputApplyPatchServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputApplyPatchServerToolItem`."""

    call_id: str | None
    id: str | None
    operation: ApplyPatchCallOperationDict | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["openrouter:apply_patch"]]
