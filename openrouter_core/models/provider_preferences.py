# Generated from the OpenRouter OpenAPI spec (components/schemas/ProviderPreferences) by `python -m codegen`; do not edit.
"""When multiple model providers are available, optionally indicate your routing preference."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio: str | None = None,
        completion: str | None = None,
        image: str | None = None,
        prompt: str | None = None,
        request: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio", audio)
        _setattr("completion", completion)
        _setattr("image", image)
        _setattr("prompt", prompt)
        _setattr("request", request)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"audio={self.audio!r}, "
            f"completion={self.completion!r}, "
            f"image={self.image!r}, "
            f"prompt={self.prompt!r}, "
            f"request={self.request!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.audio,
            self.completion,
            self.image,
            self.prompt,
            self.request,
            self.extra_fields,
        ) == (
            other.audio,
            other.completion,
            other.image,
            other.prompt,
            other.request,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ProviderPreferencesMaxPrice",
                self.audio,
                self.completion,
                self.image,
                self.prompt,
                self.request,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allow_fallbacks: bool | Unset | None = UNSET,
        data_collection: str | Unset | None = UNSET,
        enforce_distillable_text: bool | Unset | None = UNSET,
        ignore: list[str] | Unset | None = UNSET,
        max_price: ProviderPreferencesMaxPrice | None = None,
        only: list[str] | Unset | None = UNSET,
        order: list[str] | Unset | None = UNSET,
        preferred_max_latency: PreferredMaxLatency | Unset | None = UNSET,
        preferred_min_throughput: PreferredMinThroughput | Unset | None = UNSET,
        quantizations: list[str] | Unset | None = UNSET,
        require_parameters: bool | Unset | None = UNSET,
        sort: ProviderPreferencesSort | Unset | None = UNSET,
        zdr: bool | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allow_fallbacks", allow_fallbacks)
        _setattr("data_collection", data_collection)
        _setattr("enforce_distillable_text", enforce_distillable_text)
        _setattr("ignore", ignore)
        _setattr("max_price", max_price)
        _setattr("only", only)
        _setattr("order", order)
        _setattr("preferred_max_latency", preferred_max_latency)
        _setattr("preferred_min_throughput", preferred_min_throughput)
        _setattr("quantizations", quantizations)
        _setattr("require_parameters", require_parameters)
        _setattr("sort", sort)
        _setattr("zdr", zdr)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allow_fallbacks={self.allow_fallbacks!r}, "
            f"data_collection={self.data_collection!r}, "
            f"enforce_distillable_text={self.enforce_distillable_text!r}, "
            f"ignore={self.ignore!r}, "
            f"max_price={self.max_price!r}, "
            f"only={self.only!r}, "
            f"order={self.order!r}, "
            f"preferred_max_latency={self.preferred_max_latency!r}, "
            f"preferred_min_throughput={self.preferred_min_throughput!r}, "
            f"quantizations={self.quantizations!r}, "
            f"require_parameters={self.require_parameters!r}, "
            f"sort={self.sort!r}, "
            f"zdr={self.zdr!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allow_fallbacks,
            self.data_collection,
            self.enforce_distillable_text,
            self.ignore,
            self.max_price,
            self.only,
            self.order,
            self.preferred_max_latency,
            self.preferred_min_throughput,
            self.quantizations,
            self.require_parameters,
            self.sort,
            self.zdr,
            self.extra_fields,
        ) == (
            other.allow_fallbacks,
            other.data_collection,
            other.enforce_distillable_text,
            other.ignore,
            other.max_price,
            other.only,
            other.order,
            other.preferred_max_latency,
            other.preferred_min_throughput,
            other.quantizations,
            other.require_parameters,
            other.sort,
            other.zdr,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ProviderPreferences",
                self.allow_fallbacks,
                self.data_collection,
                self.enforce_distillable_text,
                self.ignore,
                self.max_price,
                self.only,
                self.order,
                self.preferred_max_latency,
                self.preferred_min_throughput,
                self.quantizations,
                self.require_parameters,
                self.sort,
                self.zdr,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
