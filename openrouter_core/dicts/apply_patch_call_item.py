# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.apply_patch_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.apply_patch_call_operation import ApplyPatchCallOperationDict

__all__ = [
    "ApplyPatchCallItemDict",
]


class ApplyPatchCallItemDict(TypedDict, total=False):
    """The dict form of :class:`ApplyPatchCallItem`."""

    call_id: Required[str]
    id: str | None
    operation: Required[ApplyPatchCallOperationDict]
    status: Required[Literal["in_progress", "completed"] | str]
    type: Required[Literal["apply_patch_call"]]
