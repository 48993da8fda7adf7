# Generated from the OpenRouter OpenAPI spec (components/schemas/LocalShellCallItem) by `python -m codegen`; do not edit.
"""A local shell command execution call."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class LocalShellCallItemAction:
    """The ``action`` of a :class:`LocalShellCallItem`."""

    command: list[str]
    env: dict[str, str]
    timeout_ms: int | Unset | None = UNSET
    type: str = "exec"
    user: str | Unset | None = UNSET
    working_directory: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        command: list[str],
        env: dict[str, str],
        timeout_ms: int | Unset | None = UNSET,
        type: str = "exec",
        user: str | Unset | None = UNSET,
        working_directory: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("command", command)
        _setattr("env", env)
        _setattr("timeout_ms", timeout_ms)
        _setattr("type", type)
        _setattr("user", user)
        _setattr("working_directory", working_directory)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"command={self.command!r}, "
            f"env={self.env!r}, "
            f"timeout_ms={self.timeout_ms!r}, "
            f"type={self.type!r}, "
            f"user={self.user!r}, "
            f"working_directory={self.working_directory!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.command,
            self.env,
            self.timeout_ms,
            self.type,
            self.user,
            self.working_directory,
            self.extra_fields,
        ) == (
            other.command,
            other.env,
            other.timeout_ms,
            other.type,
            other.user,
            other.working_directory,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "LocalShellCallItemAction",
                self.command,
                self.env,
                self.timeout_ms,
                self.type,
                self.user,
                self.working_directory,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class LocalShellCallItem:
    """A local shell command execution call."""

    action: LocalShellCallItemAction
    call_id: str
    id: str
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "local_shell_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: LocalShellCallItemAction,
        call_id: str,
        id: str,
        status: str,
        type: str = "local_shell_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.action, self.call_id, self.id, self.status, self.type, self.extra_fields) == (
            other.action,
            other.call_id,
            other.id,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "LocalShellCallItem",
                self.action,
                self.call_id,
                self.id,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
