# Generated from the OpenRouter OpenAPI spec (components/schemas/UnprocessableEntityUnion) by `python -m codegen`; do not edit.
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`,
:class:`UnprocessableEntityResponse`.
"""

from __future__ import annotations

from typing import TypeAlias

from openrouter_core.models.create_private_endpoint_validation_failed_response import (
    CreatePrivateEndpointValidationFailedResponse,
)
from openrouter_core.models.unprocessable_entity_response import UnprocessableEntityResponse

UnprocessableEntityUnion: TypeAlias = (
    CreatePrivateEndpointValidationFailedResponse | UnprocessableEntityResponse
)
"""One of :class:`CreatePrivateEndpointValidationFailedResponse`,
:class:`UnprocessableEntityResponse`.
"""
