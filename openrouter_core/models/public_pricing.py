# Generated from the OpenRouter OpenAPI spec (components/schemas/PublicPricing) by `python -m codegen`; do not edit.
"""Pricing information for the model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.pricing_override import PricingOverride


@attrs.frozen(kw_only=True)
class PublicPricing:
    """Pricing information for the model."""

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
                "PublicPricing",
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
