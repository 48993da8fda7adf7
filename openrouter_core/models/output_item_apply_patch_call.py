# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemApplyPatchCall) by `python -m codegen`; do not edit.
"""The ``OutputItemApplyPatchCall`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
from openrouter_core.models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
from openrouter_core.models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation

OutputItemApplyPatchCallOperation: TypeAlias = (
    ApplyPatchCreateFileOperation
    | ApplyPatchUpdateFileOperation
    | ApplyPatchDeleteFileOperation
    | dict[str, Any]
)
"""The ``operation`` of a :class:`OutputItemApplyPatchCall`."""


_OUTPUT_ITEM_APPLY_PATCH_CALL_OPERATION_BY_TYPE: dict[Any, Any] = {
    "create_file": ApplyPatchCreateFileOperation,
    "delete_file": ApplyPatchDeleteFileOperation,
    "update_file": ApplyPatchUpdateFileOperation,
}


def _choose_output_item_apply_patch_call_operation(data: Any) -> Any:
    """The member of :data:`OutputItemApplyPatchCallOperation` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OUTPUT_ITEM_APPLY_PATCH_CALL_OPERATION_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"OutputItemApplyPatchCallOperation: expected an object, got {type(data).__name__}"
    )


register_union(OutputItemApplyPatchCallOperation, _choose_output_item_apply_patch_call_operation)


@attrs.frozen(kw_only=True)
class OutputItemApplyPatchCall:
    """The ``OutputItemApplyPatchCall`` object."""

    call_id: str
    created_by: str | None = None
    id: str
    operation: OutputItemApplyPatchCallOperation
    status: str
    """Known values: ``"in_progress"``, ``"completed"``."""
    type: str = "apply_patch_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
