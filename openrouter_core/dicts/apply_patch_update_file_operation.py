# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.apply_patch_update_file_operation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ApplyPatchUpdateFileOperationDict",
]


class ApplyPatchUpdateFileOperationDict(TypedDict, total=False):
    """The dict form of :class:`ApplyPatchUpdateFileOperation`."""

    diff: Required[str]
    path: Required[str]
    type: Required[Literal["update_file"]]
