# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCompactionBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicCompactionBlock`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class AnthropicCompactionBlock:
    """The ``AnthropicCompactionBlock`` object."""

    content: str | None
    encrypted_content: str | Unset | None = UNSET
    type: str = "compaction"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: str | None,
        encrypted_content: str | Unset | None = UNSET,
        type: str = "compaction",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("encrypted_content", encrypted_content)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"encrypted_content={self.encrypted_content!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.encrypted_content, self.type, self.extra_fields) == (
            other.content,
            other.encrypted_content,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicCompactionBlock",
                self.content,
                self.encrypted_content,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
