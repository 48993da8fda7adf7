# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.update_private_endpoint_pricing_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.private_endpoint_pricing import PrivateEndpointPricingDict

__all__ = [
    "UpdatePrivateEndpointPricingRequestDict",
]


class UpdatePrivateEndpointPricingRequestDict(TypedDict, total=False):
    """The dict form of :class:`UpdatePrivateEndpointPricingRequest`."""

    pricing: Required[PrivateEndpointPricingDict]
