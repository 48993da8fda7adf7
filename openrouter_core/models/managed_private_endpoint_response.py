# Generated from the OpenRouter OpenAPI spec (components/schemas/ManagedPrivateEndpointResponse) by `python -m codegen`; do not edit.
"""The ``ManagedPrivateEndpointResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.managed_private_endpoint import ManagedPrivateEndpoint


@attrs.frozen(kw_only=True)
class ManagedPrivateEndpointResponse:
    """The ``ManagedPrivateEndpointResponse`` object."""

    data: ManagedPrivateEndpoint
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
