# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionCreateResult) by `python -m codegen`; do not edit.
"""The ``AnthropicTextEditorCodeExecutionCreateResult`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicTextEditorCodeExecutionCreateResult:
    """The ``AnthropicTextEditorCodeExecutionCreateResult`` object."""

    is_file_update: bool
    type: str = "text_editor_code_execution_create_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        is_file_update: bool,
        type: str = "text_editor_code_execution_create_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("is_file_update", is_file_update)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"is_file_update={self.is_file_update!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.is_file_update, self.type, self.extra_fields) == (
            other.is_file_update,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicTextEditorCodeExecutionCreateResult",
                self.is_file_update,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
