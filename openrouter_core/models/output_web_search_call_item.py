# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputWebSearchCallItem) by `python -m codegen`; do not edit.
"""The ``OutputWebSearchCallItem`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.output_item_web_search_call import OutputItemWebSearchCallAction


@attrs.frozen(kw_only=True)
class OutputWebSearchCallItem:
    """The ``OutputWebSearchCallItem`` object."""

    action: OutputItemWebSearchCallAction | None = None
    id: str
    status: str
    """Known values: :class:`WebSearchStatus`."""
    type: str = "web_search_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: OutputItemWebSearchCallAction | None = None,
        id: str,
        status: str,
        type: str = "web_search_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("id", id)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.action, self.id, self.status, self.type, self.extra_fields) == (
            other.action,
            other.id,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputWebSearchCallItem",
                self.action,
                self.id,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
