# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchListResponse) by `python -m codegen`; do not edit.
"""A newest-first page of metadata-only batch objects."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_list_item import BatchListItem


@attrs.frozen(kw_only=True)
class BatchListResponse:
    """A newest-first page of metadata-only batch objects."""

    data: list[BatchListItem]
    first_id: str | None
    has_more: bool
    last_id: str | None
    object: str = "list"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[BatchListItem],
        first_id: str | None,
        has_more: bool,
        last_id: str | None,
        object: str = "list",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("first_id", first_id)
        _setattr("has_more", has_more)
        _setattr("last_id", last_id)
        _setattr("object", object)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data={self.data!r}, "
            f"first_id={self.first_id!r}, "
            f"has_more={self.has_more!r}, "
            f"last_id={self.last_id!r}, "
            f"object={self.object!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.data,
            self.first_id,
            self.has_more,
            self.last_id,
            self.object,
            self.extra_fields,
        ) == (
            other.data,
            other.first_id,
            other.has_more,
            other.last_id,
            other.object,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchListResponse",
                self.data,
                self.first_id,
                self.has_more,
                self.last_id,
                self.object,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
