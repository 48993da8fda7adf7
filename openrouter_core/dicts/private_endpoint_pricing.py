# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.private_endpoint_pricing` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "PrivateEndpointPricingDict",
]


class PrivateEndpointPricingDict(TypedDict, total=False):
    """The dict form of :class:`PrivateEndpointPricing`."""

    completion: Required[str]
    prompt: Required[str]
    cache_read: str | None
    cache_write: str | None
