# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelsListResponse) by `python -m codegen`; do not edit.
"""List of available models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.model import Model


@attrs.frozen(kw_only=True)
class ModelsListResponseLinks:
    """Pagination links."""

    next: str | None
    """URL for the next page of results, or null if this is the last page."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, next: str | None, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("next", next)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(next={self.next!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.next, self.extra_fields) == (other.next, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ModelsListResponseLinks", self.next, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ModelsListResponse:
    """List of available models."""

    data: list[Model]
    """List of available models."""
    links: ModelsListResponseLinks
    """Pagination links."""
    total_count: int
    """Total number of models matching the query."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[Model],
        links: ModelsListResponseLinks,
        total_count: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("links", links)
        _setattr("total_count", total_count)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data={self.data!r}, "
            f"links={self.links!r}, "
            f"total_count={self.total_count!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.links, self.total_count, self.extra_fields) == (
            other.data,
            other.links,
            other.total_count,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ModelsListResponse", self.data, self.links, self.total_count, self.extra_fields)
        )

    # --- end of attrs methods ---
