# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputMessageItem) by `python -m codegen`; do not edit.
"""An output message item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.output_message import OutputMessageContent


@attrs.frozen(kw_only=True)
class OutputMessageItem:
    """An output message item."""

    content: list[OutputMessageContent]
    id: str
    phase: str | Unset | None = UNSET
    """The phase of an assistant message."""
    role: str = "assistant"
    status: str | None = None
    type: str = "message"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[OutputMessageContent],
        id: str,
        phase: str | Unset | None = UNSET,
        role: str = "assistant",
        status: str | None = None,
        type: str = "message",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("id", id)
        _setattr("phase", phase)
        _setattr("role", role)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"id={self.id!r}, "
            f"phase={self.phase!r}, "
            f"role={self.role!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.id,
            self.phase,
            self.role,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.content,
            other.id,
            other.phase,
            other.role,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputMessageItem",
                self.content,
                self.id,
                self.phase,
                self.role,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
