# Generated from the OpenRouter OpenAPI spec (components/schemas/PublicEndpoint) by `python -m codegen`; do not edit.
"""Information about a specific model endpoint."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.percentile_stats import PercentileStats
    from openrouter_core.models.pricing_override import PricingOverride


@attrs.frozen(kw_only=True)
class PublicEndpointPricing:
    """The ``pricing`` of a :class:`PublicEndpoint`."""

    audio: str | None = None
    """Price in USD per audio input token."""
    audio_output: str | None = None
    """Price in USD per audio output token."""
    completion: str
    """Price in USD per token for completion (output) generation."""
    discount: float | None = None
    """Fractional discount applied to this endpoint's pricing; the price is multiplied by (1 -
    discount) (0 = no discount, 1 = free).
    """
    image: str | None = None
    """Price in USD per input image."""
    image_output: str | None = None
    """Price in USD per output image."""
    image_token: str | None = None
    """Price in USD per image token."""
    input_audio_cache: str | None = None
    """Price in USD per cached audio input token."""
    input_cache_read: str | None = None
    """Price in USD per cached input token (read)."""
    input_cache_write: str | None = None
    """Price per cache-write token, in USD per token."""
    input_cache_write_1h: str | None = None
    """Price per 1-hour cache-write token, in USD per token."""
    internal_reasoning: str | None = None
    """Price in USD per internal reasoning token."""
    overrides: list[PricingOverride] | None = None
    """Conditional overrides of the base pricing (e.g. long-context or time-based pricing)."""
    prompt: str
    """Price in USD per token for prompt (input) processing."""
    request: str | None = None
    """Price in USD per request."""
    web_search: str | None = None
    """Price in USD per web search."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio: str | None = None,
        audio_output: str | None = None,
        completion: str,
        discount: float | None = None,
        image: str | None = None,
        image_output: str | None = None,
        image_token: str | None = None,
        input_audio_cache: str | None = None,
        input_cache_read: str | None = None,
        input_cache_write: str | None = None,
        input_cache_write_1h: str | None = None,
        internal_reasoning: str | None = None,
        overrides: list[PricingOverride] | None = None,
        prompt: str,
        request: str | None = None,
        web_search: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio", audio)
        _setattr("audio_output", audio_output)
        _setattr("completion", completion)
        _setattr("discount", discount)
        _setattr("image", image)
        _setattr("image_output", image_output)
        _setattr("image_token", image_token)
        _setattr("input_audio_cache", input_audio_cache)
        _setattr("input_cache_read", input_cache_read)
        _setattr("input_cache_write", input_cache_write)
        _setattr("input_cache_write_1h", input_cache_write_1h)
        _setattr("internal_reasoning", internal_reasoning)
        _setattr("overrides", overrides)
        _setattr("prompt", prompt)
        _setattr("request", request)
        _setattr("web_search", web_search)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"audio={self.audio!r}, "
            f"audio_output={self.audio_output!r}, "
            f"completion={self.completion!r}, "
            f"discount={self.discount!r}, "
            f"image={self.image!r}, "
            f"image_output={self.image_output!r}, "
            f"image_token={self.image_token!r}, "
            f"input_audio_cache={self.input_audio_cache!r}, "
            f"input_cache_read={self.input_cache_read!r}, "
            f"input_cache_write={self.input_cache_write!r}, "
            f"input_cache_write_1h={self.input_cache_write_1h!r}, "
            f"internal_reasoning={self.internal_reasoning!r}, "
            f"overrides={self.overrides!r}, "
            f"prompt={self.prompt!r}, "
            f"request={self.request!r}, "
            f"web_search={self.web_search!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.audio,
            self.audio_output,
            self.completion,
            self.discount,
            self.image,
            self.image_output,
            self.image_token,
            self.input_audio_cache,
            self.input_cache_read,
            self.input_cache_write,
            self.input_cache_write_1h,
            self.internal_reasoning,
            self.overrides,
            self.prompt,
            self.request,
            self.web_search,
            self.extra_fields,
        ) == (
            other.audio,
            other.audio_output,
            other.completion,
            other.discount,
            other.image,
            other.image_output,
            other.image_token,
            other.input_audio_cache,
            other.input_cache_read,
            other.input_cache_write,
            other.input_cache_write_1h,
            other.internal_reasoning,
            other.overrides,
            other.prompt,
            other.request,
            other.web_search,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PublicEndpointPricing",
                self.audio,
                self.audio_output,
                self.completion,
                self.discount,
                self.image,
                self.image_output,
                self.image_token,
                self.input_audio_cache,
                self.input_cache_read,
                self.input_cache_write,
                self.input_cache_write_1h,
                self.internal_reasoning,
                self.overrides,
                self.prompt,
                self.request,
                self.web_search,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class PublicEndpoint:
    """Information about a specific model endpoint."""

    context_length: int
    latency_last_30m: PercentileStats | None
    max_completion_tokens: int | None
    max_prompt_tokens: int | None
    model_id: str
    """The unique identifier for the model (permaslug)."""
    model_name: str
    name: str
    pricing: PublicEndpointPricing
    provider_name: str
    """Known values: :class:`ProviderName`."""
    quantization: str | None
    """Known values: :class:`Quantization`."""
    status: int | None = None
    """Known values: ``0``, ``-1``, ``-2``, ``-3``, ``-5``, ``-10``."""
    supported_parameters: list[str]
    supports_implicit_caching: bool
    supports_voice_cloning: bool | None = None
    """Whether this TTS endpoint accepts inline reference audio (`input_references`) for stateless
    voice cloning.
    """
    tag: str
    throughput_last_30m: PercentileStats | None
    """Throughput percentiles in tokens per second over the last 30 minutes."""
    uptime_last_1d: float | None
    """Uptime percentage over the last 1 day, calculated as successful requests / (successful +
    error requests) * 100. Rate-limited requests are excluded.
    """
    uptime_last_30m: float | None
    uptime_last_5m: float | None
    """Uptime percentage over the last 5 minutes, calculated as successful requests / (successful +
    error requests) * 100. Rate-limited requests are excluded.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        context_length: int,
        latency_last_30m: PercentileStats | None,
        max_completion_tokens: int | None,
        max_prompt_tokens: int | None,
        model_id: str,
        model_name: str,
        name: str,
        pricing: PublicEndpointPricing,
        provider_name: str,
        quantization: str | None,
        status: int | None = None,
        supported_parameters: list[str],
        supports_implicit_caching: bool,
        supports_voice_cloning: bool | None = None,
        tag: str,
        throughput_last_30m: PercentileStats | None,
        uptime_last_1d: float | None,
        uptime_last_30m: float | None,
        uptime_last_5m: float | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("context_length", context_length)
        _setattr("latency_last_30m", latency_last_30m)
        _setattr("max_completion_tokens", max_completion_tokens)
        _setattr("max_prompt_tokens", max_prompt_tokens)
        _setattr("model_id", model_id)
        _setattr("model_name", model_name)
        _setattr("name", name)
        _setattr("pricing", pricing)
        _setattr("provider_name", provider_name)
        _setattr("quantization", quantization)
        _setattr("status", status)
        _setattr("supported_parameters", supported_parameters)
        _setattr("supports_implicit_caching", supports_implicit_caching)
        _setattr("supports_voice_cloning", supports_voice_cloning)
        _setattr("tag", tag)
        _setattr("throughput_last_30m", throughput_last_30m)
        _setattr("uptime_last_1d", uptime_last_1d)
        _setattr("uptime_last_30m", uptime_last_30m)
        _setattr("uptime_last_5m", uptime_last_5m)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"context_length={self.context_length!r}, "
            f"latency_last_30m={self.latency_last_30m!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"max_prompt_tokens={self.max_prompt_tokens!r}, "
            f"model_id={self.model_id!r}, "
            f"model_name={self.model_name!r}, "
            f"name={self.name!r}, "
            f"pricing={self.pricing!r}, "
            f"provider_name={self.provider_name!r}, "
            f"quantization={self.quantization!r}, "
            f"status={self.status!r}, "
            f"supported_parameters={self.supported_parameters!r}, "
            f"supports_implicit_caching={self.supports_implicit_caching!r}, "
            f"supports_voice_cloning={self.supports_voice_cloning!r}, "
            f"tag={self.tag!r}, "
            f"throughput_last_30m={self.throughput_last_30m!r}, "
            f"uptime_last_1d={self.uptime_last_1d!r}, "
            f"uptime_last_30m={self.uptime_last_30m!r}, "
            f"uptime_last_5m={self.uptime_last_5m!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.context_length,
            self.latency_last_30m,
            self.max_completion_tokens,
            self.max_prompt_tokens,
            self.model_id,
            self.model_name,
            self.name,
            self.pricing,
            self.provider_name,
            self.quantization,
            self.status,
            self.supported_parameters,
            self.supports_implicit_caching,
            self.supports_voice_cloning,
            self.tag,
            self.throughput_last_30m,
            self.uptime_last_1d,
            self.uptime_last_30m,
            self.uptime_last_5m,
            self.extra_fields,
        ) == (
            other.context_length,
            other.latency_last_30m,
            other.max_completion_tokens,
            other.max_prompt_tokens,
            other.model_id,
            other.model_name,
            other.name,
            other.pricing,
            other.provider_name,
            other.quantization,
            other.status,
            other.supported_parameters,
            other.supports_implicit_caching,
            other.supports_voice_cloning,
            other.tag,
            other.throughput_last_30m,
            other.uptime_last_1d,
            other.uptime_last_30m,
            other.uptime_last_5m,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PublicEndpoint",
                self.context_length,
                self.latency_last_30m,
                self.max_completion_tokens,
                self.max_prompt_tokens,
                self.model_id,
                self.model_name,
                self.name,
                self.pricing,
                self.provider_name,
                self.quantization,
                self.status,
                self.supported_parameters,
                self.supports_implicit_caching,
                self.supports_voice_cloning,
                self.tag,
                self.throughput_last_30m,
                self.uptime_last_1d,
                self.uptime_last_30m,
                self.uptime_last_5m,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
