# Generated from the OpenRouter OpenAPI spec (components/schemas/CreatePrivateEndpointValidationFailedResponse) by `python -m codegen`; do not edit.
"""The ``CreatePrivateEndpointValidationFailedResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.create_private_endpoint_validation_failed_response_data import (
        CreatePrivateEndpointValidationFailedResponseData,
    )
    from openrouter_core.models.create_private_endpoint_validation_failed_response_error import (
        CreatePrivateEndpointValidationFailedResponseError,
    )


@attrs.frozen(kw_only=True)
class CreatePrivateEndpointValidationFailedResponse:
    """The ``CreatePrivateEndpointValidationFailedResponse`` object."""

    data: CreatePrivateEndpointValidationFailedResponseData
    error: CreatePrivateEndpointValidationFailedResponseError
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
