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
