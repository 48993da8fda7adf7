# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.create_private_endpoint_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.private_endpoint_activation import PrivateEndpointActivationDict
    from openrouter_core.dicts.private_endpoint_pricing import PrivateEndpointPricingDict

__all__ = [
    "CreatePrivateEndpointRequestDict",
]


class CreatePrivateEndpointRequestDict(TypedDict, total=False):
    """The dict form of :class:`CreatePrivateEndpointRequest`."""

    model_permaslug: Required[str]
    provider_slug: Required[str]
    upstream_model_id: Required[str]
    activate: PrivateEndpointActivationDict | None
    base_url: str | None
    declared_region: Literal["global", "europe", "us"] | str | None
    declared_zdr: bool | None
    pricing: PrivateEndpointPricingDict | None
