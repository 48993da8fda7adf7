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
