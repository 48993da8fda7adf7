# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchDeletedObject) by `python -m codegen`; do not edit.
"""Confirms a terminal batch was removed from the API and its OpenRouter-held artifacts purged."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_deletion_targets import BatchDeletionTargets


@attrs.frozen(kw_only=True)
class BatchDeletedObject:
    """Confirms a terminal batch was removed from the API and its OpenRouter-held artifacts purged."""

    deletion: BatchDeletionTargets
    """OpenRouter cleanup and, when a provider was assigned, the upstream batch deletion outcome."""
    id: str
    object: str = "batch"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        deletion: BatchDeletionTargets,
        id: str,
        object: str = "batch",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("deletion", deletion)
        _setattr("id", id)
        _setattr("object", object)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"deletion={self.deletion!r}, "
            f"id={self.id!r}, "
            f"object={self.object!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.deletion, self.id, self.object, self.extra_fields) == (
            other.deletion,
            other.id,
            other.object,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("BatchDeletedObject", self.deletion, self.id, self.object, self.extra_fields))

    # --- end of attrs methods ---
