# Generated from the OpenRouter OpenAPI spec (components/schemas/ProviderSortConfig) by `python -m codegen`; do not edit.
"""The provider sorting strategy (price, throughput, latency)."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ProviderSortConfig:
    """The provider sorting strategy (price, throughput, latency)."""

    by: str | Unset | None = UNSET
    """The provider sorting strategy (price, throughput, latency). Known values: ``"price"``,
    ``"throughput"``, ``"latency"``, ``"exacto"``.
    """
    partition: str | Unset | None = UNSET
    """Partitioning strategy for sorting: "model" (default) groups endpoints by model before sorting
    (fallback models remain fallbacks), "none" sorts all endpoints together regardless of model.
    Known values: ``"model"``, ``"none"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        by: str | Unset | None = UNSET,
        partition: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("by", by)
        _setattr("partition", partition)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(by={self.by!r}, partition={self.partition!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.by, self.partition, self.extra_fields) == (
            other.by,
            other.partition,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ProviderSortConfig", self.by, self.partition, self.extra_fields))

    # --- end of attrs methods ---
