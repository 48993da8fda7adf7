# Generated from the OpenRouter OpenAPI spec (EndpointsListResponse) by `python -m codegen`; do not edit.
"""The ``EndpointsListResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.list_endpoints_response import ListEndpointsResponse


@attrs.frozen(kw_only=True)
class EndpointsListResponse:
    """The ``EndpointsListResponse`` object."""

    data: ListEndpointsResponse
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
