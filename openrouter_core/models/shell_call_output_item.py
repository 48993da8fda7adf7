# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellCallOutputItem) by `python -m codegen`; do not edit.
"""Output from a shell command execution (newer variant)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.shell_call_output_content import ShellCallOutputContent


@attrs.frozen(kw_only=True)
class ShellCallOutputItem:
    """Output from a shell command execution (newer variant)."""

    call_id: str
    id: str | Unset | None = UNSET
    max_output_length: int | Unset | None = UNSET
    output: list[ShellCallOutputContent]
    status: str | Unset | None = UNSET
    """Known values: :class:`ToolCallStatus`."""
    type: str = "shell_call_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call_id: str,
        id: str | Unset | None = UNSET,
        max_output_length: int | Unset | None = UNSET,
        output: list[ShellCallOutputContent],
        status: str | Unset | None = UNSET,
        type: str = "shell_call_output",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("max_output_length", max_output_length)
        _setattr("output", output)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"max_output_length={self.max_output_length!r}, "
            f"output={self.output!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.call_id,
            self.id,
            self.max_output_length,
            self.output,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.call_id,
            other.id,
            other.max_output_length,
            other.output,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ShellCallOutputItem",
                self.call_id,
                self.id,
                self.max_output_length,
                self.output,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
