# Generated from the OpenRouter OpenAPI spec (components/schemas/InternalServerErrorUnion) by `python -m codegen`; do not edit.
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`, :class:`InternalServerResponse`."""

from __future__ import annotations

from typing import TypeAlias

from openrouter_core.models.create_private_endpoint_validation_failed_response import (
    CreatePrivateEndpointValidationFailedResponse,
)
from openrouter_core.models.internal_server_response import InternalServerResponse

InternalServerErrorUnion: TypeAlias = (
    CreatePrivateEndpointValidationFailedResponse | InternalServerResponse
)
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`, :class:`InternalServerResponse`.
"""
