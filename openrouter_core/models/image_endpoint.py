# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageEndpoint) by `python -m codegen`; do not edit.
"""An endpoint that serves a given image model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.capability_descriptor import CapabilityDescriptor
    from openrouter_core.models.image_pricing_entry import ImagePricingEntry


@attrs.frozen(kw_only=True)
class ImageEndpoint:
    """An endpoint that serves a given image model."""

    allowed_passthrough_parameters: list[str]
    """Provider-specific options accepted under provider.options[provider_slug]."""
    pricing: list[ImagePricingEntry]
    """Billable pricing lines for this endpoint."""
    provider_name: str
    """Provider display name."""
    provider_slug: str
    """Provider slug."""
    provider_tag: str | None
    """Provider tag for request-side selection."""
    supported_parameters: dict[str, CapabilityDescriptor]
    """The definitive set of parameters this endpoint accepts for this model."""
    supports_streaming: bool
    """Whether this endpoint supports native SSE streaming (`stream: true` in the request)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_passthrough_parameters: list[str],
        pricing: list[ImagePricingEntry],
        provider_name: str,
        provider_slug: str,
        provider_tag: str | None,
        supported_parameters: dict[str, CapabilityDescriptor],
        supports_streaming: bool,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_passthrough_parameters", allowed_passthrough_parameters)
        _setattr("pricing", pricing)
        _setattr("provider_name", provider_name)
        _setattr("provider_slug", provider_slug)
        _setattr("provider_tag", provider_tag)
        _setattr("supported_parameters", supported_parameters)
        _setattr("supports_streaming", supports_streaming)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_passthrough_parameters={self.allowed_passthrough_parameters!r}, "
            f"pricing={self.pricing!r}, "
            f"provider_name={self.provider_name!r}, "
            f"provider_slug={self.provider_slug!r}, "
            f"provider_tag={self.provider_tag!r}, "
            f"supported_parameters={self.supported_parameters!r}, "
            f"supports_streaming={self.supports_streaming!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_passthrough_parameters,
            self.pricing,
            self.provider_name,
            self.provider_slug,
            self.provider_tag,
            self.supported_parameters,
            self.supports_streaming,
            self.extra_fields,
        ) == (
            other.allowed_passthrough_parameters,
            other.pricing,
            other.provider_name,
            other.provider_slug,
            other.provider_tag,
            other.supported_parameters,
            other.supports_streaming,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageEndpoint",
                self.allowed_passthrough_parameters,
                self.pricing,
                self.provider_name,
                self.provider_slug,
                self.provider_tag,
                self.supported_parameters,
                self.supports_streaming,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
