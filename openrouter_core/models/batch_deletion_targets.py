# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchDeletionTargets) by `python -m codegen`; do not edit.
"""OpenRouter cleanup and, when a provider was assigned, the upstream batch deletion outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.upstream import Upstream


@attrs.frozen(kw_only=True)
class BatchDeletionTargets:
    """OpenRouter cleanup and, when a provider was assigned, the upstream batch deletion outcome."""

    openrouter: str = "deleted"
    """OpenRouter-held request and result artifacts were purged."""
    upstream: Upstream | None = None
    """The upstream batch deletion outcome; omitted when no provider was assigned."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        openrouter: str = "deleted",
        upstream: Upstream | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("openrouter", openrouter)
        _setattr("upstream", upstream)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"openrouter={self.openrouter!r}, "
            f"upstream={self.upstream!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.openrouter, self.upstream, self.extra_fields) == (
            other.openrouter,
            other.upstream,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("BatchDeletionTargets", self.openrouter, self.upstream, self.extra_fields))

    # --- end of attrs methods ---
