# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.provider_preferences` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from openrouter_core.dicts.preferred_max_latency import PreferredMaxLatencyDict
    from openrouter_core.dicts.preferred_min_throughput import PreferredMinThroughputDict
    from openrouter_core.dicts.provider_sort_config import ProviderSortConfigDict

__all__ = [
    "ProviderPreferencesDict",
    "ProviderPreferencesMaxPriceDict",
    "ProviderPreferencesSortDict",
]


class ProviderPreferencesDict(TypedDict, total=False):
    """The dict form of :class:`ProviderPreferences`."""

    allow_fallbacks: bool | None
    data_collection: Literal["deny", "allow"] | str | None
    enforce_distillable_text: bool | None
    ignore: list[str] | None
    max_price: ProviderPreferencesMaxPriceDict | None
    only: list[str] | None
    order: list[str] | None
    preferred_max_latency: PreferredMaxLatencyDict | None
    preferred_min_throughput: PreferredMinThroughputDict | None
    quantizations: list[str] | None
    require_parameters: bool | None
    sort: ProviderPreferencesSortDict | None
    zdr: bool | None


class ProviderPreferencesMaxPriceDict(TypedDict, total=False):
    """The dict form of :class:`ProviderPreferencesMaxPrice`."""

    audio: str | None
    completion: str | None
    image: str | None
    prompt: str | None
    request: str | None


ProviderPreferencesSortDict: TypeAlias = "str | ProviderSortConfigDict"
