# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputApplyPatchCallItem) by `python -m codegen`; do not edit.
"""A native `apply_patch_call` output item matching OpenAI's Responses API shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.apply_patch_call_operation import ApplyPatchCallOperation


@attrs.frozen(kw_only=True)
class OutputApplyPatchCallItem:
    """A native `apply_patch_call` output item matching OpenAI's Responses API shape."""

    call_id: str
    id: str
    operation: ApplyPatchCallOperation
    status: str
    """Lifecycle state of an `apply_patch_call` output item. Known values:
    :class:`ApplyPatchCallStatus`.
    """
    type: str = "apply_patch_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call_id: str,
        id: str,
        operation: ApplyPatchCallOperation,
        status: str,
        type: str = "apply_patch_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("operation", operation)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call_id={self.call_id!r}, "
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
            self.id,
            self.operation,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.call_id,
            other.id,
            other.operation,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputApplyPatchCallItem",
                self.call_id,
                self.id,
                self.operation,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
