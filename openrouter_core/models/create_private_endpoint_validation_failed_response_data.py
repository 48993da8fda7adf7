# Generated from the OpenRouter OpenAPI spec (components/schemas/CreatePrivateEndpointValidationFailedResponseData) by `python -m codegen`; do not edit.
"""The ``CreatePrivateEndpointValidationFailedResponseData`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.managed_private_endpoint import ManagedPrivateEndpoint
    from openrouter_core.models.private_endpoint_validation_nullable import (
        PrivateEndpointValidationNullable,
    )


@attrs.frozen(kw_only=True)
class CreatePrivateEndpointValidationFailedResponseData:
    """The ``CreatePrivateEndpointValidationFailedResponseData`` object."""

    endpoint: ManagedPrivateEndpoint
    validation: PrivateEndpointValidationNullable | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
