# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextEditorCodeExecutionViewResult) by `python -m codegen`; do not edit.
"""The ``AnthropicTextEditorCodeExecutionViewResult`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicTextEditorCodeExecutionViewResult:
    """The ``AnthropicTextEditorCodeExecutionViewResult`` object."""

    content: str
    file_type: str
    """Known values: ``"text"``, ``"image"``, ``"pdf"``."""
    num_lines: int | None
    start_line: int | None
    total_lines: int | None
    type: str = "text_editor_code_execution_view_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: str,
        file_type: str,
        num_lines: int | None,
        start_line: int | None,
        total_lines: int | None,
        type: str = "text_editor_code_execution_view_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("file_type", file_type)
        _setattr("num_lines", num_lines)
        _setattr("start_line", start_line)
        _setattr("total_lines", total_lines)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"file_type={self.file_type!r}, "
            f"num_lines={self.num_lines!r}, "
            f"start_line={self.start_line!r}, "
            f"total_lines={self.total_lines!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.file_type,
            self.num_lines,
            self.start_line,
            self.total_lines,
            self.type,
            self.extra_fields,
        ) == (
            other.content,
            other.file_type,
            other.num_lines,
            other.start_line,
            other.total_lines,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicTextEditorCodeExecutionViewResult",
                self.content,
                self.file_type,
                self.num_lines,
                self.start_line,
                self.total_lines,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
