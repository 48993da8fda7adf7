# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.apply_patch_call_output_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ApplyPatchCallOutputItemDict",
]


class ApplyPatchCallOutputItemDict(TypedDict, total=False):
    """The dict form of :class:`ApplyPatchCallOutputItem`."""

    call_id: Required[str]
    id: str | None
    output: str | None
    status: Required[Literal["completed", "failed"] | str]
    type: Required[Literal["apply_patch_call_output"]]
