# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemApplyPatchCall) by `python -m codegen`; do not edit.
"""The ``OutputItemApplyPatchCall`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call_id: str,
        created_by: str | None = None,
        id: str,
        operation: OutputItemApplyPatchCallOperation,
        status: str,
        type: str = "apply_patch_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call_id", call_id)
        _setattr("created_by", created_by)
        _setattr("id", id)
        _setattr("operation", operation)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call_id={self.call_id!r}, "
            f"created_by={self.created_by!r}, "
            f"id={self.id!r}, "
            f"operation={self.operation!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.call_id,
            self.created_by,
            self.id,
            self.operation,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.call_id,
            other.created_by,
            other.id,
            other.operation,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputItemApplyPatchCall",
                self.call_id,
                self.created_by,
                self.id,
                self.operation,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
