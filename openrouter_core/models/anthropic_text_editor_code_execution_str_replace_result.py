# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionStrReplaceResult) by `python -m codegen`; do not edit.
"""The ``AnthropicTextEditorCodeExecutionStrReplaceResult`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicTextEditorCodeExecutionStrReplaceResult:
    """The ``AnthropicTextEditorCodeExecutionStrReplaceResult`` object."""

    lines: list[str] | None
    new_lines: int | None
    new_start: int | None
    old_lines: int | None
    old_start: int | None
    type: str = "text_editor_code_execution_str_replace_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        lines: list[str] | None,
        new_lines: int | None,
        new_start: int | None,
        old_lines: int | None,
        old_start: int | None,
        type: str = "text_editor_code_execution_str_replace_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("lines", lines)
        _setattr("new_lines", new_lines)
        _setattr("new_start", new_start)
        _setattr("old_lines", old_lines)
        _setattr("old_start", old_start)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"lines={self.lines!r}, "
            f"new_lines={self.new_lines!r}, "
            f"new_start={self.new_start!r}, "
            f"old_lines={self.old_lines!r}, "
            f"old_start={self.old_start!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.lines,
            self.new_lines,
            self.new_start,
            self.old_lines,
            self.old_start,
            self.type,
            self.extra_fields,
        ) == (
            other.lines,
            other.new_lines,
            other.new_start,
            other.old_lines,
            other.old_start,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicTextEditorCodeExecutionStrReplaceResult",
                self.lines,
                self.new_lines,
                self.new_start,
                self.old_lines,
                self.old_start,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
