# Generated from the OpenRouter OpenAPI spec (components/schemas/GenerationResponse) by `python -m codegen`; do not edit.
"""Generation response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.provider_response import ProviderResponse


@attrs.frozen(kw_only=True)
class GenerationResponseData:
    """Generation data."""

    api_type: str | None
    """Type of API used for the generation. Known values: ``"completions"``, ``"embeddings"``,
    ``"rerank"``, ``"tts"``, ``"stt"``, ``"video"``, ``"image"``.
    """
    app_id: int | None
    """ID of the app that made the request."""
    cache_discount: float | None
    """Discount applied due to caching."""
    cancelled: bool | None
    """Whether the generation was cancelled."""
    created_at: str
    """ISO 8601 timestamp of when the generation was created."""
    data_region: str
    """The data region this generation was routed through: 'global', 'europe', or 'us'. Known
    values: ``"global"``, ``"europe"``, ``"us"``.
    """
    external_user: str | None
    """External user identifier."""
    finish_reason: str | None
    """Reason the generation finished."""
    generation_time: float | None
    """Time taken for generation in milliseconds."""
    http_referer: str | None
    """Referer header from the request."""
    id: str
    """Unique identifier for the generation."""
    is_byok: bool
    """Whether this used bring-your-own-key."""
    latency: float | None
    """Total latency in milliseconds."""
    model: str
    """Model used for the generation."""
    moderation_latency: float | None
    """Moderation latency in milliseconds."""
    native_finish_reason: str | None
    """Native finish reason as reported by provider."""
    native_tokens_cached: int | None
    """Native cached tokens as reported by provider."""
    native_tokens_completion: int | None
    """Native completion tokens as reported by provider."""
    native_tokens_completion_images: int | None
    """Native completion image tokens as reported by provider."""
    native_tokens_prompt: int | None
    """Native prompt tokens as reported by provider."""
    native_tokens_reasoning: int | None
    """Native reasoning tokens as reported by provider."""
    num_fetches: int | None
    """Number of web fetches performed."""
    num_input_audio_prompt: int | None
    """Number of audio inputs in the prompt."""
    num_media_completion: int | None
    """Number of media items in the completion."""
    num_media_prompt: int | None
    """Number of media items in the prompt."""
    num_search_results: int | None
    """Number of search results included."""
    origin: str
    """Origin URL of the request."""
    preset_id: str | None
    """ID of the preset used for this generation, null if no preset was used."""
    provider_name: str | None
    """Name of the provider that served the request."""
    provider_responses: list[ProviderResponse] | None
    """List of provider responses for this generation, including fallback attempts."""
    request_id: str | Unset | None = UNSET
    """Unique identifier grouping all generations from a single API request."""
    response_cache_source_id: str | Unset | None = UNSET
    """If this generation was served from response cache, contains the original generation ID."""
    router: str | None
    """Router used for the request (e.g., openrouter/auto)."""
    service_tier: str | None
    """Service tier the upstream provider reported running this request on, or null if it did not
    report one.
    """
    session_id: str | Unset | None = UNSET
    """Session identifier grouping multiple generations in the same session."""
    streamed: bool | None
    """Whether the response was streamed."""
    tokens_completion: int | None
    """Number of tokens in the completion."""
    tokens_prompt: int | None
    """Number of tokens in the prompt."""
    total_cost: float
    """Total cost of the generation in USD."""
    upstream_id: str | None
    """Upstream provider's identifier for this generation."""
    upstream_inference_cost: float | None
    """Cost charged by the upstream provider."""
    usage: float
    """Usage amount in USD."""
    user_agent: str | None
    """User-Agent header from the request."""
    web_search_engine: str | None
    """The resolved web search engine used for this generation (e.g. exa, firecrawl, parallel)."""
    workspace_id: str | None
    """ID of the workspace this generation is attributed to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class GenerationResponse:
    """Generation response."""

    data: GenerationResponseData
    """Generation data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
