# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.private_endpoint_activation` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "PrivateEndpointActivationDict",
]


class PrivateEndpointActivationDict(TypedDict, total=False):
    """The dict form of :class:`PrivateEndpointActivation`."""

    workspace_id: Required[str]
