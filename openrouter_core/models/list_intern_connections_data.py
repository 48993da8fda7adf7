# Generated from the OpenRouter OpenAPI spec (components/schemas/ListInternConnectionsData) by `python -m codegen`; do not edit.
"""The ``ListInternConnectionsData`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ListInternConnectionsData:
    """The ``ListInternConnectionsData`` object."""

    key: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, key: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("key", key)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(key={self.key!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.key, self.extra_fields) == (other.key, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ListInternConnectionsData", self.key, self.extra_fields))

    # --- end of attrs methods ---
