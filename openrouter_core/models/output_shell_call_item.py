# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputShellCallItem) by `python -m codegen`; do not edit.
"""A native `shell_call` output item matching OpenAI's Responses API shape."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputShellCallItemAction:
    """The ``action`` of a :class:`OutputShellCallItem`."""

    commands: list[str]
    max_output_length: int | None
    timeout_ms: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        commands: list[str],
        max_output_length: int | None,
        timeout_ms: int | None,
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
                "OutputShellCallItemAction",
                self.commands,
                self.max_output_length,
                self.timeout_ms,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OutputShellCallItem:
    """A native `shell_call` output item matching OpenAI's Responses API shape."""

    action: OutputShellCallItemAction | None = None
    arguments: str | Unset | None = UNSET
    """The raw tool-call arguments string as emitted by the model."""
    call_id: str
    id: str
    status: str
    """Status of a shell call or its output. Known values: :class:`ShellCallStatus`."""
    type: str = "shell_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: OutputShellCallItemAction | None = None,
        arguments: str | Unset | None = UNSET,
        call_id: str,
        id: str,
        status: str,
        type: str = "shell_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("arguments", arguments)
        _setattr("call_id", call_id)
        _setattr("id", id)
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
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.action,
            other.arguments,
            other.call_id,
            other.id,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputShellCallItem",
                self.action,
                self.arguments,
                self.call_id,
                self.id,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
