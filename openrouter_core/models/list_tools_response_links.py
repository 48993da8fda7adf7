# Generated from the OpenRouter OpenAPI spec (components/schemas/ListToolsResponseLinks) by `python -m codegen`; do not edit.
"""The ``ListToolsResponseLinks`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ListToolsResponseLinks:
    """The ``ListToolsResponseLinks`` object."""

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
        return hash(("ListToolsResponseLinks", self.next, self.extra_fields))

    # --- end of attrs methods ---
