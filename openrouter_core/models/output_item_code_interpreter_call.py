# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemCodeInterpreterCall) by `python -m codegen`; do not edit.
"""The ``OutputItemCodeInterpreterCall`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.code_interpreter_file_output import CodeInterpreterFileOutput
from openrouter_core.models.code_interpreter_image_output import CodeInterpreterImageOutput
from openrouter_core.models.code_interpreter_logs_output import CodeInterpreterLogsOutput

OutputItemCodeInterpreterCallOutputs: TypeAlias = (
    CodeInterpreterLogsOutput
    | CodeInterpreterImageOutput
    | CodeInterpreterFileOutput
    | dict[str, Any]
)
"""The ``outputs`` of a :class:`OutputItemCodeInterpreterCall`."""


_OUTPUT_ITEM_CODE_INTERPRETER_CALL_OUTPUTS_BY_TYPE: dict[Any, Any] = {
    "file": CodeInterpreterFileOutput,
    "image": CodeInterpreterImageOutput,
    "logs": CodeInterpreterLogsOutput,
}


def _choose_output_item_code_interpreter_call_outputs(data: Any) -> Any:
    """The member of :data:`OutputItemCodeInterpreterCallOutputs` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OUTPUT_ITEM_CODE_INTERPRETER_CALL_OUTPUTS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"OutputItemCodeInterpreterCallOutputs: expected an object, got {type(data).__name__}"
    )


register_union(
    OutputItemCodeInterpreterCallOutputs, _choose_output_item_code_interpreter_call_outputs
)


@attrs.frozen(kw_only=True)
class OutputItemCodeInterpreterCall:
    """The ``OutputItemCodeInterpreterCall`` object."""

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
                "OutputItemCodeInterpreterCall",
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
