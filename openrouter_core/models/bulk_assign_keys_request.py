# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAssignKeysRequest) by `python -m codegen`; do not edit.
"""The ``BulkAssignKeysRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkAssignKeysRequest:
    """The ``BulkAssignKeysRequest`` object."""

    key_hashes: list[str]
    """Array of API key hashes to assign to the guardrail."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        key_hashes: list[str],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("key_hashes", key_hashes)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(key_hashes={self.key_hashes!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.key_hashes, self.extra_fields) == (other.key_hashes, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("BulkAssignKeysRequest", self.key_hashes, self.extra_fields))

    # --- end of attrs methods ---
