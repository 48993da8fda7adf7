# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.apply_patch_create_file_operation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ApplyPatchCreateFileOperationDict",
]


class ApplyPatchCreateFileOperationDict(TypedDict, total=False):
    """The dict form of :class:`ApplyPatchCreateFileOperation`."""

    diff: Required[str]
    path: Required[str]
    type: Required[Literal["create_file"]]
