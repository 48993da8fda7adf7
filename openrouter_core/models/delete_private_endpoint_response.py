# Generated from the OpenRouter OpenAPI spec (components/schemas/DeletePrivateEndpointResponse) by `python -m codegen`; do not edit.
"""The ``DeletePrivateEndpointResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.delete_private_endpoint_response_data import (
        DeletePrivateEndpointResponseData,
    )


@attrs.frozen(kw_only=True)
class DeletePrivateEndpointResponse:
    """The ``DeletePrivateEndpointResponse`` object."""

    data: DeletePrivateEndpointResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
