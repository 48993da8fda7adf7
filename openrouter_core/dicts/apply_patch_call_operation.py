# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.apply_patch_call_operation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.apply_patch_create_file_operation import (
        ApplyPatchCreateFileOperationDict,
    )
    from openrouter_core.dicts.apply_patch_delete_file_operation import (
        ApplyPatchDeleteFileOperationDict,
    )
    from openrouter_core.dicts.apply_patch_update_file_operation import (
        ApplyPatchUpdateFileOperationDict,
    )

__all__ = [
    "ApplyPatchCallOperationDict",
]

ApplyPatchCallOperationDict: TypeAlias = "ApplyPatchCreateFileOperationDict | ApplyPatchUpdateFileOperationDict | ApplyPatchDeleteFileOperationDict"
