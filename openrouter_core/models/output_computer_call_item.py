# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputComputerCallItem) by `python -m codegen`; do not edit.
"""The ``OutputComputerCallItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputComputerCallItemPendingSafetyChecks:
    """The ``pending_safety_checks`` of a :class:`OutputComputerCallItem`."""

    code: str
    id: str
    message: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: str,
        id: str,
        message: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("id", id)
        _setattr("message", message)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"id={self.id!r}, "
            f"message={self.message!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.code, self.id, self.message, self.extra_fields) == (
            other.code,
            other.id,
            other.message,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputComputerCallItemPendingSafetyChecks",
                self.code,
                self.id,
                self.message,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OutputComputerCallItem:
    """The ``OutputComputerCallItem`` object."""

    action: Any = None
    call_id: str
    id: str | None = None
    pending_safety_checks: list[OutputComputerCallItemPendingSafetyChecks]
    status: str
    """Known values: ``"completed"``, ``"incomplete"``, ``"in_progress"``."""
    type: str = "computer_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: Any = None,
        call_id: str,
        id: str | None = None,
        pending_safety_checks: list[OutputComputerCallItemPendingSafetyChecks],
        status: str,
        type: str = "computer_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("pending_safety_checks", pending_safety_checks)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"pending_safety_checks={self.pending_safety_checks!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.action,
            self.call_id,
            self.id,
            self.pending_safety_checks,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.action,
            other.call_id,
            other.id,
            other.pending_safety_checks,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputComputerCallItem",
                self.action,
                self.call_id,
                self.id,
                self.pending_safety_checks,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
