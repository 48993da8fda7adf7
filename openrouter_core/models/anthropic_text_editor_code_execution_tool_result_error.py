# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionToolResultError) by `python -m codegen`; do not edit.
"""The ``AnthropicTextEditorCodeExecutionToolResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicTextEditorCodeExecutionToolResultError:
    """The ``AnthropicTextEditorCodeExecutionToolResultError`` object."""

    error_code: str
    """Known values: ``"invalid_tool_input"``, ``"unavailable"``, ``"too_many_requests"``,
    ``"execution_time_exceeded"``, ``"file_not_found"``.
    """
    error_message: str | None
    type: str = "text_editor_code_execution_tool_result_error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error_code: str,
        error_message: str | None,
        type: str = "text_editor_code_execution_tool_result_error",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error_code", error_code)
        _setattr("error_message", error_message)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error_code={self.error_code!r}, "
            f"error_message={self.error_message!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error_code, self.error_message, self.type, self.extra_fields) == (
            other.error_code,
            other.error_message,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicTextEditorCodeExecutionToolResultError",
                self.error_code,
                self.error_message,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
