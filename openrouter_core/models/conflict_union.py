# Generated from the OpenRouter OpenAPI spec (components/schemas/ConflictUnion) by `python -m codegen`; do not edit.
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`, :class:`ConflictResponse`."""

from __future__ import annotations

from typing import TypeAlias

from openrouter_core.models.conflict_response import ConflictResponse
from openrouter_core.models.create_private_endpoint_validation_failed_response import (
    CreatePrivateEndpointValidationFailedResponse,
)

ConflictUnion: TypeAlias = CreatePrivateEndpointValidationFailedResponse | ConflictResponse
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`, :class:`ConflictResponse`."""
