# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputFilesServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:files server tool output item."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputFilesServerToolItem:
    """An openrouter:files server tool output item."""

    arguments: str | Unset | None = UNSET
    """The raw tool-call arguments string as emitted by the model."""
    call_id: str | Unset | None = UNSET
    """The model-generated tool call id from the originating turn."""
    error: str | None = None
    """Error message when the file operation failed."""
    file_id: str | None = None
    """The target file id supplied in the tool-call arguments."""
    filename: str | None = None
    """The target filename supplied in the tool-call arguments."""
    id: str | None = None
    operation: str | None = None
    """The file operation performed (list, read, write, or edit)."""
    result: str | None = None
    """JSON-serialized result of the file operation."""
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:files"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str | Unset | None = UNSET,
        call_id: str | Unset | None = UNSET,
        error: str | None = None,
        file_id: str | None = None,
        filename: str | None = None,
        id: str | None = None,
        operation: str | None = None,
        result: str | None = None,
        status: str,
        type: str = "openrouter:files",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arguments", arguments)
        _setattr("call_id", call_id)
        _setattr("error", error)
        _setattr("file_id", file_id)
        _setattr("filename", filename)
        _setattr("id", id)
        _setattr("operation", operation)
        _setattr("result", result)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arguments={self.arguments!r}, "
            f"call_id={self.call_id!r}, "
            f"error={self.error!r}, "
            f"file_id={self.file_id!r}, "
            f"filename={self.filename!r}, "
            f"id={self.id!r}, "
            f"operation={self.operation!r}, "
            f"result={self.result!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.arguments,
            self.call_id,
            self.error,
            self.file_id,
            self.filename,
            self.id,
            self.operation,
            self.result,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.arguments,
            other.call_id,
            other.error,
            other.file_id,
            other.filename,
            other.id,
            other.operation,
            other.result,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputFilesServerToolItem",
                self.arguments,
                self.call_id,
                self.error,
                self.file_id,
                self.filename,
                self.id,
                self.operation,
                self.result,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
