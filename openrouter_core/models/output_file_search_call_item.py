# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputFileSearchCallItem) by `python -m codegen`; do not edit.
"""The ``OutputFileSearchCallItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputFileSearchCallItem:
    """The ``OutputFileSearchCallItem`` object."""

    id: str
    queries: list[str]
    status: str
    """Known values: :class:`WebSearchStatus`."""
    type: str = "file_search_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str,
        queries: list[str],
        status: str,
        type: str = "file_search_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("queries", queries)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"queries={self.queries!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.id, self.queries, self.status, self.type, self.extra_fields) == (
            other.id,
            other.queries,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputFileSearchCallItem",
                self.id,
                self.queries,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
