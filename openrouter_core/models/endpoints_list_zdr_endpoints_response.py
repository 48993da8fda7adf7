# Generated from the OpenRouter OpenAPI spec (EndpointsListZdrEndpointsResponse) by `python -m codegen`; do not edit.
"""The ``EndpointsListZdrEndpointsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.public_endpoint import PublicEndpoint


@attrs.frozen(kw_only=True)
class EndpointsListZdrEndpointsResponse:
    """The ``EndpointsListZdrEndpointsResponse`` object."""

    data: list[PublicEndpoint]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
