# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.apply_patch_delete_file_operation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ApplyPatchDeleteFileOperationDict",
]


class ApplyPatchDeleteFileOperationDict(TypedDict, total=False):
    """The dict form of :class:`ApplyPatchDeleteFileOperation`."""

    path: Required[str]
    type: Required[Literal["delete_file"]]
