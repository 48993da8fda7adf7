# Generated from the OpenRouter OpenAPI spec (components/schemas/ContextCompactionItem) by `python -m codegen`; do not edit.
"""A context compaction marker with an optional encrypted summary."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ContextCompactionItem:
    """A context compaction marker with an optional encrypted summary."""

    encrypted_content: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    type: str = "context_compaction"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        encrypted_content: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        type: str = "context_compaction",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("encrypted_content", encrypted_content)
        _setattr("id", id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"encrypted_content={self.encrypted_content!r}, "
            f"id={self.id!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.encrypted_content, self.id, self.type, self.extra_fields) == (
            other.encrypted_content,
            other.id,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ContextCompactionItem", self.encrypted_content, self.id, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
