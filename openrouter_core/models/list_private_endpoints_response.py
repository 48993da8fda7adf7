# Generated from the OpenRouter OpenAPI spec (components/schemas/ListPrivateEndpointsResponse) by `python -m codegen`; do not edit.
"""The ``ListPrivateEndpointsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint_summary import PrivateEndpointSummary


@attrs.frozen(kw_only=True)
class ListPrivateEndpointsResponse:
    """The ``ListPrivateEndpointsResponse`` object."""

    data: list[PrivateEndpointSummary]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
