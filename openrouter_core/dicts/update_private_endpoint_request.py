# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.update_private_endpoint_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "UpdatePrivateEndpointRequestDict",
]


class UpdatePrivateEndpointRequestDict(TypedDict, total=False):
    """The dict form of :class:`UpdatePrivateEndpointRequest`."""

    upstream_model_id: Required[str]
    base_url: str | None
    declared_region: Literal["global", "europe", "us"] | str | None
    declared_zdr: bool | None
