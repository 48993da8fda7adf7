# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputTextEditorServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:text_editor server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputTextEditorServerToolItem:
    """An openrouter:text_editor server tool output item."""

    command: str | None = None
    """Known values: ``"view"``, ``"create"``, ``"str_replace"``, ``"insert"``."""
    file_path: str | None = attrs.field(default=None, metadata={"wire": "filePath"})
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:text_editor"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        command: str | None = None,
        file_path: str | None = None,
        id: str | None = None,
        status: str,
        type: str = "openrouter:text_editor",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("command", command)
        _setattr("file_path", file_path)
        _setattr("id", id)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"command={self.command!r}, "
            f"file_path={self.file_path!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.command,
            self.file_path,
            self.id,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.command,
            other.file_path,
            other.id,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputTextEditorServerToolItem",
                self.command,
                self.file_path,
                self.id,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
