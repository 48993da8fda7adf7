# Generated from the OpenRouter OpenAPI spec (components/schemas/ProviderPreferences) by `python -m codegen`; do not edit.
"""When multiple model providers are available, optionally indicate your routing preference."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.provider_sort_config import ProviderSortConfig

if TYPE_CHECKING:
    from openrouter_core.models.preferred_max_latency import PreferredMaxLatency
    from openrouter_core.models.preferred_min_throughput import PreferredMinThroughput


@attrs.frozen(kw_only=True)
class ProviderPreferencesMaxPrice:
    """The object specifying the maximum price you want to pay for this request."""

    audio: str | None = None
    """Maximum price in USD per audio unit."""
    completion: str | None = None
    """Maximum price in USD per million completion tokens."""
    image: str | None = None
    """Maximum price in USD per image."""
    prompt: str | None = None
    """Maximum price in USD per million prompt tokens."""
    request: str | None = None
    """Maximum price in USD per request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


ProviderPreferencesSort: TypeAlias = str | ProviderSortConfig
"""The sorting strategy to use for this request, if "order" is not specified."""


def _choose_provider_preferences_sort(data: Any) -> Any:
    """The member of :data:`ProviderPreferencesSort` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return ProviderSortConfig
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"ProviderPreferencesSort: expected a string or an object, got {type(data).__name__}"
    )


register_union(ProviderPreferencesSort, _choose_provider_preferences_sort)


@attrs.frozen(kw_only=True)
class ProviderPreferences:
    """When multiple model providers are available, optionally indicate your routing preference."""

    allow_fallbacks: bool | Unset | None = UNSET
    """Whether to allow backup providers to serve requests - true: (default) when the primary
    provider (or your custom providers in "order") is unavailable, use the next best provider.
    """
    data_collection: str | Unset | None = UNSET
    """Data collection setting. Known values: ``"deny"``, ``"allow"``."""
    enforce_distillable_text: bool | Unset | None = UNSET
    """Whether to restrict routing to only models that allow text distillation."""
    ignore: list[str] | Unset | None = UNSET
    """List of provider slugs to ignore."""
    max_price: ProviderPreferencesMaxPrice | None = None
    """The object specifying the maximum price you want to pay for this request."""
    only: list[str] | Unset | None = UNSET
    """List of provider slugs to allow."""
    order: list[str] | Unset | None = UNSET
    """An ordered list of provider slugs."""
    preferred_max_latency: PreferredMaxLatency | Unset | None = UNSET
    preferred_min_throughput: PreferredMinThroughput | Unset | None = UNSET
    quantizations: list[str] | Unset | None = UNSET
    """A list of quantization levels to filter the provider by."""
    require_parameters: bool | Unset | None = UNSET
    """Whether to filter providers to only those that support the parameters you've provided."""
    sort: ProviderPreferencesSort | Unset | None = UNSET
    """The sorting strategy to use for this request, if "order" is not specified."""
    zdr: bool | Unset | None = UNSET
    """Whether to restrict routing to only ZDR (Zero Data Retention) endpoints."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
