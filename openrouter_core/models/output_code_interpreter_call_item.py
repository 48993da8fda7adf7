# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputCodeInterpreterCallItem) by `python -m codegen`; do not edit.
"""A code interpreter execution call with outputs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.output_item_code_interpreter_call import (
        OutputItemCodeInterpreterCallOutputs,
    )


@attrs.frozen(kw_only=True)
class OutputCodeInterpreterCallItem:
    """A code interpreter execution call with outputs."""

    code: str | Unset | None = UNSET
    container_id: str | None = None
    id: str
    outputs: list[OutputItemCodeInterpreterCallOutputs] | Unset | None = UNSET
    status: str
    """Known values: ``"in_progress"``, ``"completed"``, ``"incomplete"``, ``"interpreting"``,
    ``"failed"``.
    """
    type: str = "code_interpreter_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: str | Unset | None = UNSET,
        container_id: str | None = None,
        id: str,
        outputs: list[OutputItemCodeInterpreterCallOutputs] | Unset | None = UNSET,
        status: str,
        type: str = "code_interpreter_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("container_id", container_id)
        _setattr("id", id)
        _setattr("outputs", outputs)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"container_id={self.container_id!r}, "
            f"id={self.id!r}, "
            f"outputs={self.outputs!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.code,
            self.container_id,
            self.id,
            self.outputs,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.code,
            other.container_id,
            other.id,
            other.outputs,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputCodeInterpreterCallItem",
                self.code,
                self.container_id,
                self.id,
                self.outputs,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
