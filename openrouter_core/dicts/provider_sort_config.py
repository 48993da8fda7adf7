# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.provider_sort_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "ProviderSortConfigDict",
]


class ProviderSortConfigDict(TypedDict, total=False):
    """The dict form of :class:`ProviderSortConfig`."""

    by: Literal["price", "throughput", "latency", "exacto"] | str | None
    partition: Literal["model", "none"] | str | None
