# Generated from the OpenRouter OpenAPI spec (components/schemas/NotFoundUnion) by `python -m codegen`; do not edit.
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`, :class:`NotFoundResponse`."""

from __future__ import annotations

from typing import TypeAlias

from openrouter_core.models.create_private_endpoint_validation_failed_response import (
    CreatePrivateEndpointValidationFailedResponse,
)
from openrouter_core.models.not_found_response import NotFoundResponse

NotFoundUnion: TypeAlias = CreatePrivateEndpointValidationFailedResponse | NotFoundResponse
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`, :class:`NotFoundResponse`."""
