# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBashCodeExecutionOutput) by `python -m codegen`; do not edit.
"""The ``AnthropicBashCodeExecutionOutput`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicBashCodeExecutionOutput:
    """The ``AnthropicBashCodeExecutionOutput`` object."""

    file_id: str
    type: str = "bash_code_execution_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        file_id: str,
        type: str = "bash_code_execution_output",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("file_id", file_id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(file_id={self.file_id!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.file_id, self.type, self.extra_fields) == (
            other.file_id,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnthropicBashCodeExecutionOutput", self.file_id, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
