# Generated from the OpenRouter OpenAPI spec (components/schemas/BadGatewayUnion) by `python -m codegen`; do not edit.
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`, :class:`BadGatewayResponse`."""

from __future__ import annotations

from typing import TypeAlias

from openrouter_core.models.bad_gateway_response import BadGatewayResponse
from openrouter_core.models.create_private_endpoint_validation_failed_response import (
    CreatePrivateEndpointValidationFailedResponse,
)

BadGatewayUnion: TypeAlias = CreatePrivateEndpointValidationFailedResponse | BadGatewayResponse
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`, :class:`BadGatewayResponse`."""
