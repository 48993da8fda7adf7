# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenRouterFileList) by `python -m codegen`; do not edit.
"""A page of files in the OpenRouter shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openrouter_file import OpenRouterFile


@attrs.frozen(kw_only=True)
class OpenRouterFileList:
    """A page of files in the OpenRouter shape."""

    shape: str = attrs.field(default="openrouter", metadata={"wire": "_shape"})
    cursor: str | None
    """Opaque cursor for the next page; null when there are no more results."""
    data: list[OpenRouterFile]
    first_id: str | None
    has_more: bool
    last_id: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        shape: str = "openrouter",
        cursor: str | None,
        data: list[OpenRouterFile],
        first_id: str | None,
        has_more: bool,
        last_id: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("shape", shape)
        _setattr("cursor", cursor)
        _setattr("data", data)
        _setattr("first_id", first_id)
        _setattr("has_more", has_more)
        _setattr("last_id", last_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"shape={self.shape!r}, "
            f"cursor={self.cursor!r}, "
            f"data={self.data!r}, "
            f"first_id={self.first_id!r}, "
            f"has_more={self.has_more!r}, "
            f"last_id={self.last_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.shape,
            self.cursor,
            self.data,
            self.first_id,
            self.has_more,
            self.last_id,
            self.extra_fields,
        ) == (
            other.shape,
            other.cursor,
            other.data,
            other.first_id,
            other.has_more,
            other.last_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OpenRouterFileList",
                self.shape,
                self.cursor,
                self.data,
                self.first_id,
                self.has_more,
                self.last_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
