# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningDetailText) by `python -m codegen`; do not edit.
"""Reasoning detail text schema."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ReasoningDetailText:
    """Reasoning detail text schema."""

    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    id: str | Unset | None = UNSET
    index: int | None = None
    signature: str | Unset | None = UNSET
    text: str | Unset | None = UNSET
    type: str = "reasoning.text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        format: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        index: int | None = None,
        signature: str | Unset | None = UNSET,
        text: str | Unset | None = UNSET,
        type: str = "reasoning.text",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("format", format)
        _setattr("id", id)
        _setattr("index", index)
        _setattr("signature", signature)
        _setattr("text", text)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"format={self.format!r}, "
            f"id={self.id!r}, "
            f"index={self.index!r}, "
            f"signature={self.signature!r}, "
            f"text={self.text!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.format,
            self.id,
            self.index,
            self.signature,
            self.text,
            self.type,
            self.extra_fields,
        ) == (
            other.format,
            other.id,
            other.index,
            other.signature,
            other.text,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ReasoningDetailText",
                self.format,
                self.id,
                self.index,
                self.signature,
                self.text,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
