# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputShellServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:shell server tool output item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.shell_call_output_content import ShellCallOutputContent


@attrs.frozen(kw_only=True)
class OutputShellServerToolItemAction:
    """The ``action`` of a :class:`OutputShellServerToolItem`."""

    commands: list[str]
    max_output_length: int | Unset | None = UNSET
    timeout_ms: int | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        commands: list[str],
        max_output_length: int | Unset | None = UNSET,
        timeout_ms: int | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("commands", commands)
        _setattr("max_output_length", max_output_length)
        _setattr("timeout_ms", timeout_ms)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"commands={self.commands!r}, "
            f"max_output_length={self.max_output_length!r}, "
            f"timeout_ms={self.timeout_ms!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.commands, self.max_output_length, self.timeout_ms, self.extra_fields) == (
            other.commands,
            other.max_output_length,
            other.timeout_ms,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputShellServerToolItemAction",
                self.commands,
                self.max_output_length,
                self.timeout_ms,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OutputShellServerToolItem:
    """An openrouter:shell server tool output item."""

    action: OutputShellServerToolItemAction | None = None
    arguments: str | Unset | None = UNSET
    """The raw tool-call arguments string as emitted by the model."""
    call_id: str | Unset | None = UNSET
    """The model-generated tool call id from the originating turn."""
    id: str | None = None
    output: list[ShellCallOutputContent] | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:shell"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: OutputShellServerToolItemAction | None = None,
        arguments: str | Unset | None = UNSET,
        call_id: str | Unset | None = UNSET,
        id: str | None = None,
        output: list[ShellCallOutputContent] | None = None,
        status: str,
        type: str = "openrouter:shell",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("arguments", arguments)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("output", output)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"arguments={self.arguments!r}, "
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"output={self.output!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.action,
            self.arguments,
            self.call_id,
            self.id,
            self.output,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.action,
            other.arguments,
            other.call_id,
            other.id,
            other.output,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputShellServerToolItem",
                self.action,
                self.arguments,
                self.call_id,
                self.id,
                self.output,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
