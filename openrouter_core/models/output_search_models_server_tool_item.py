# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputSearchModelsServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:experimental__search_models server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputSearchModelsServerToolItem:
    """An openrouter:experimental__search_models server tool output item."""

    arguments: str | None = None
    """The JSON arguments submitted to the search tool (e.g. {"query":"Claude"})."""
    id: str | None = None
    query: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:experimental__search_models"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str | None = None,
        id: str | None = None,
        query: str | None = None,
        status: str,
        type: str = "openrouter:experimental__search_models",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arguments", arguments)
        _setattr("id", id)
        _setattr("query", query)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arguments={self.arguments!r}, "
            f"id={self.id!r}, "
            f"query={self.query!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.arguments, self.id, self.query, self.status, self.type, self.extra_fields) == (
            other.arguments,
            other.id,
            other.query,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputSearchModelsServerToolItem",
                self.arguments,
                self.id,
                self.query,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
