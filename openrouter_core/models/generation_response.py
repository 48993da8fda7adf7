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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        api_type: str | None,
        app_id: int | None,
        cache_discount: float | None,
        cancelled: bool | None,
        created_at: str,
        data_region: str,
        external_user: str | None,
        finish_reason: str | None,
        generation_time: float | None,
        http_referer: str | None,
        id: str,
        is_byok: bool,
        latency: float | None,
        model: str,
        moderation_latency: float | None,
        native_finish_reason: str | None,
        native_tokens_cached: int | None,
        native_tokens_completion: int | None,
        native_tokens_completion_images: int | None,
        native_tokens_prompt: int | None,
        native_tokens_reasoning: int | None,
        num_fetches: int | None,
        num_input_audio_prompt: int | None,
        num_media_completion: int | None,
        num_media_prompt: int | None,
        num_search_results: int | None,
        origin: str,
        preset_id: str | None,
        provider_name: str | None,
        provider_responses: list[ProviderResponse] | None,
        request_id: str | Unset | None = UNSET,
        response_cache_source_id: str | Unset | None = UNSET,
        router: str | None,
        service_tier: str | None,
        session_id: str | Unset | None = UNSET,
        streamed: bool | None,
        tokens_completion: int | None,
        tokens_prompt: int | None,
        total_cost: float,
        upstream_id: str | None,
        upstream_inference_cost: float | None,
        usage: float,
        user_agent: str | None,
        web_search_engine: str | None,
        workspace_id: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("api_type", api_type)
        _setattr("app_id", app_id)
        _setattr("cache_discount", cache_discount)
        _setattr("cancelled", cancelled)
        _setattr("created_at", created_at)
        _setattr("data_region", data_region)
        _setattr("external_user", external_user)
        _setattr("finish_reason", finish_reason)
        _setattr("generation_time", generation_time)
        _setattr("http_referer", http_referer)
        _setattr("id", id)
        _setattr("is_byok", is_byok)
        _setattr("latency", latency)
        _setattr("model", model)
        _setattr("moderation_latency", moderation_latency)
        _setattr("native_finish_reason", native_finish_reason)
        _setattr("native_tokens_cached", native_tokens_cached)
        _setattr("native_tokens_completion", native_tokens_completion)
        _setattr("native_tokens_completion_images", native_tokens_completion_images)
        _setattr("native_tokens_prompt", native_tokens_prompt)
        _setattr("native_tokens_reasoning", native_tokens_reasoning)
        _setattr("num_fetches", num_fetches)
        _setattr("num_input_audio_prompt", num_input_audio_prompt)
        _setattr("num_media_completion", num_media_completion)
        _setattr("num_media_prompt", num_media_prompt)
        _setattr("num_search_results", num_search_results)
        _setattr("origin", origin)
        _setattr("preset_id", preset_id)
        _setattr("provider_name", provider_name)
        _setattr("provider_responses", provider_responses)
        _setattr("request_id", request_id)
        _setattr("response_cache_source_id", response_cache_source_id)
        _setattr("router", router)
        _setattr("service_tier", service_tier)
        _setattr("session_id", session_id)
        _setattr("streamed", streamed)
        _setattr("tokens_completion", tokens_completion)
        _setattr("tokens_prompt", tokens_prompt)
        _setattr("total_cost", total_cost)
        _setattr("upstream_id", upstream_id)
        _setattr("upstream_inference_cost", upstream_inference_cost)
        _setattr("usage", usage)
        _setattr("user_agent", user_agent)
        _setattr("web_search_engine", web_search_engine)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"api_type={self.api_type!r}, "
            f"app_id={self.app_id!r}, "
            f"cache_discount={self.cache_discount!r}, "
            f"cancelled={self.cancelled!r}, "
            f"created_at={self.created_at!r}, "
            f"data_region={self.data_region!r}, "
            f"external_user={self.external_user!r}, "
            f"finish_reason={self.finish_reason!r}, "
            f"generation_time={self.generation_time!r}, "
            f"http_referer={self.http_referer!r}, "
            f"id={self.id!r}, "
            f"is_byok={self.is_byok!r}, "
            f"latency={self.latency!r}, "
            f"model={self.model!r}, "
            f"moderation_latency={self.moderation_latency!r}, "
            f"native_finish_reason={self.native_finish_reason!r}, "
            f"native_tokens_cached={self.native_tokens_cached!r}, "
            f"native_tokens_completion={self.native_tokens_completion!r}, "
            f"native_tokens_completion_images={self.native_tokens_completion_images!r}, "
            f"native_tokens_prompt={self.native_tokens_prompt!r}, "
            f"native_tokens_reasoning={self.native_tokens_reasoning!r}, "
            f"num_fetches={self.num_fetches!r}, "
            f"num_input_audio_prompt={self.num_input_audio_prompt!r}, "
            f"num_media_completion={self.num_media_completion!r}, "
            f"num_media_prompt={self.num_media_prompt!r}, "
            f"num_search_results={self.num_search_results!r}, "
            f"origin={self.origin!r}, "
            f"preset_id={self.preset_id!r}, "
            f"provider_name={self.provider_name!r}, "
            f"provider_responses={self.provider_responses!r}, "
            f"request_id={self.request_id!r}, "
            f"response_cache_source_id={self.response_cache_source_id!r}, "
            f"router={self.router!r}, "
            f"service_tier={self.service_tier!r}, "
            f"session_id={self.session_id!r}, "
            f"streamed={self.streamed!r}, "
            f"tokens_completion={self.tokens_completion!r}, "
            f"tokens_prompt={self.tokens_prompt!r}, "
            f"total_cost={self.total_cost!r}, "
            f"upstream_id={self.upstream_id!r}, "
            f"upstream_inference_cost={self.upstream_inference_cost!r}, "
            f"usage={self.usage!r}, "
            f"user_agent={self.user_agent!r}, "
            f"web_search_engine={self.web_search_engine!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.api_type,
            self.app_id,
            self.cache_discount,
            self.cancelled,
            self.created_at,
            self.data_region,
            self.external_user,
            self.finish_reason,
            self.generation_time,
            self.http_referer,
            self.id,
            self.is_byok,
            self.latency,
            self.model,
            self.moderation_latency,
            self.native_finish_reason,
            self.native_tokens_cached,
            self.native_tokens_completion,
            self.native_tokens_completion_images,
            self.native_tokens_prompt,
            self.native_tokens_reasoning,
            self.num_fetches,
            self.num_input_audio_prompt,
            self.num_media_completion,
            self.num_media_prompt,
            self.num_search_results,
            self.origin,
            self.preset_id,
            self.provider_name,
            self.provider_responses,
            self.request_id,
            self.response_cache_source_id,
            self.router,
            self.service_tier,
            self.session_id,
            self.streamed,
            self.tokens_completion,
            self.tokens_prompt,
            self.total_cost,
            self.upstream_id,
            self.upstream_inference_cost,
            self.usage,
            self.user_agent,
            self.web_search_engine,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.api_type,
            other.app_id,
            other.cache_discount,
            other.cancelled,
            other.created_at,
            other.data_region,
            other.external_user,
            other.finish_reason,
            other.generation_time,
            other.http_referer,
            other.id,
            other.is_byok,
            other.latency,
            other.model,
            other.moderation_latency,
            other.native_finish_reason,
            other.native_tokens_cached,
            other.native_tokens_completion,
            other.native_tokens_completion_images,
            other.native_tokens_prompt,
            other.native_tokens_reasoning,
            other.num_fetches,
            other.num_input_audio_prompt,
            other.num_media_completion,
            other.num_media_prompt,
            other.num_search_results,
            other.origin,
            other.preset_id,
            other.provider_name,
            other.provider_responses,
            other.request_id,
            other.response_cache_source_id,
            other.router,
            other.service_tier,
            other.session_id,
            other.streamed,
            other.tokens_completion,
            other.tokens_prompt,
            other.total_cost,
            other.upstream_id,
            other.upstream_inference_cost,
            other.usage,
            other.user_agent,
            other.web_search_engine,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "GenerationResponseData",
                self.api_type,
                self.app_id,
                self.cache_discount,
                self.cancelled,
                self.created_at,
                self.data_region,
                self.external_user,
                self.finish_reason,
                self.generation_time,
                self.http_referer,
                self.id,
                self.is_byok,
                self.latency,
                self.model,
                self.moderation_latency,
                self.native_finish_reason,
                self.native_tokens_cached,
                self.native_tokens_completion,
                self.native_tokens_completion_images,
                self.native_tokens_prompt,
                self.native_tokens_reasoning,
                self.num_fetches,
                self.num_input_audio_prompt,
                self.num_media_completion,
                self.num_media_prompt,
                self.num_search_results,
                self.origin,
                self.preset_id,
                self.provider_name,
                self.provider_responses,
                self.request_id,
                self.response_cache_source_id,
                self.router,
                self.service_tier,
                self.session_id,
                self.streamed,
                self.tokens_completion,
                self.tokens_prompt,
                self.total_cost,
                self.upstream_id,
                self.upstream_inference_cost,
                self.usage,
                self.user_agent,
                self.web_search_engine,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class GenerationResponse:
    """Generation response."""

    data: GenerationResponseData
    """Generation data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: GenerationResponseData,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.extra_fields) == (other.data, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("GenerationResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
