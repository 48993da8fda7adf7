# Generated from the OpenRouter OpenAPI spec (components/schemas/LocalShellCallOutputItem) by `python -m codegen`; do not edit.
"""Output from a local shell command execution."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class LocalShellCallOutputItem:
    """Output from a local shell command execution."""

    id: str
    output: str
    status: str | Unset | None = UNSET
    """Known values: :class:`ToolCallStatus`."""
    type: str = "local_shell_call_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str,
        output: str,
        status: str | Unset | None = UNSET,
        type: str = "local_shell_call_output",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("output", output)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"output={self.output!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.id, self.output, self.status, self.type, self.extra_fields) == (
            other.id,
            other.output,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "LocalShellCallOutputItem",
                self.id,
                self.output,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
