# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputMemoryServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:memory server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputMemoryServerToolItem:
    """An openrouter:memory server tool output item."""

    action: str | None = None
    """Known values: ``"read"``, ``"write"``, ``"delete"``."""
    id: str | None = None
    key: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:memory"
    value: Any = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: str | None = None,
        id: str | None = None,
        key: str | None = None,
        status: str,
        type: str = "openrouter:memory",
        value: Any = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("id", id)
        _setattr("key", key)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("value", value)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"id={self.id!r}, "
            f"key={self.key!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r}, "
            f"value={self.value!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.action,
            self.id,
            self.key,
            self.status,
            self.type,
            self.value,
            self.extra_fields,
        ) == (
            other.action,
            other.id,
            other.key,
            other.status,
            other.type,
            other.value,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputMemoryServerToolItem",
                self.action,
                self.id,
                self.key,
                self.status,
                self.type,
                self.value,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
