# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchCallOperation) by `python -m codegen`; do not edit.
"""The patch operation requested by an `apply_patch_call`."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
from openrouter_core.models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
from openrouter_core.models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation

ApplyPatchCallOperation: TypeAlias = (
    ApplyPatchCreateFileOperation
    | ApplyPatchUpdateFileOperation
    | ApplyPatchDeleteFileOperation
    | dict[str, Any]
)
"""The patch operation requested by an `apply_patch_call`."""


_APPLY_PATCH_CALL_OPERATION_BY_TYPE: dict[Any, Any] = {
    "create_file": ApplyPatchCreateFileOperation,
    "delete_file": ApplyPatchDeleteFileOperation,
    "update_file": ApplyPatchUpdateFileOperation,
}


def _choose_apply_patch_call_operation(data: Any) -> Any:
    """The member of :data:`ApplyPatchCallOperation` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _APPLY_PATCH_CALL_OPERATION_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ApplyPatchCallOperation: expected an object, got {type(data).__name__}")


register_union(ApplyPatchCallOperation, _choose_apply_patch_call_operation)
