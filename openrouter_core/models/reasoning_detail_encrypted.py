# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningDetailEncrypted) by `python -m codegen`; do not edit.
"""Reasoning detail encrypted schema."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ReasoningDetailEncrypted:
    """Reasoning detail encrypted schema."""

    data: str
    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    id: str | Unset | None = UNSET
    index: int | None = None
    type: str = "reasoning.encrypted"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: str,
        format: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        index: int | None = None,
        type: str = "reasoning.encrypted",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("format", format)
        _setattr("id", id)
        _setattr("index", index)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data={self.data!r}, "
            f"format={self.format!r}, "
            f"id={self.id!r}, "
            f"index={self.index!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.format, self.id, self.index, self.type, self.extra_fields) == (
            other.data,
            other.format,
            other.id,
            other.index,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ReasoningDetailEncrypted",
                self.data,
                self.format,
                self.id,
                self.index,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
