# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputBashServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:bash server tool output item."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputBashServerToolItem:
    """An openrouter:bash server tool output item."""

    arguments: str | Unset | None = UNSET
    """The raw tool-call arguments string as emitted by the model."""
    call_id: str | Unset | None = UNSET
    """The model-generated tool call id from the originating turn."""
    command: str | None = None
    exit_code: int | None = attrs.field(default=None, metadata={"wire": "exitCode"})
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    stderr: str | None = None
    stdout: str | None = None
    type: str = "openrouter:bash"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str | Unset | None = UNSET,
        call_id: str | Unset | None = UNSET,
        command: str | None = None,
        exit_code: int | None = None,
        id: str | None = None,
        status: str,
        stderr: str | None = None,
        stdout: str | None = None,
        type: str = "openrouter:bash",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arguments", arguments)
        _setattr("call_id", call_id)
        _setattr("command", command)
        _setattr("exit_code", exit_code)
        _setattr("id", id)
        _setattr("status", status)
        _setattr("stderr", stderr)
        _setattr("stdout", stdout)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arguments={self.arguments!r}, "
            f"call_id={self.call_id!r}, "
            f"command={self.command!r}, "
            f"exit_code={self.exit_code!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"stderr={self.stderr!r}, "
            f"stdout={self.stdout!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.arguments,
            self.call_id,
            self.command,
            self.exit_code,
            self.id,
            self.status,
            self.stderr,
            self.stdout,
            self.type,
            self.extra_fields,
        ) == (
            other.arguments,
            other.call_id,
            other.command,
            other.exit_code,
            other.id,
            other.status,
            other.stderr,
            other.stdout,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputBashServerToolItem",
                self.arguments,
                self.call_id,
                self.command,
                self.exit_code,
                self.id,
                self.status,
                self.stderr,
                self.stdout,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
