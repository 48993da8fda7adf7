# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointResponse) by `python -m codegen`; do not edit.
"""The ``PrivateEndpointResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint import PrivateEndpoint


@attrs.frozen(kw_only=True)
class PrivateEndpointResponse:
    """The ``PrivateEndpointResponse`` object."""

    data: PrivateEndpoint
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
