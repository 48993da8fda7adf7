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
