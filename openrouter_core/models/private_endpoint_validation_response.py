# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointValidationResponse) by `python -m codegen`; do not edit.
"""The ``PrivateEndpointValidationResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint_validation import PrivateEndpointValidation


@attrs.frozen(kw_only=True)
class PrivateEndpointValidationResponse:
    """The ``PrivateEndpointValidationResponse`` object."""

    data: PrivateEndpointValidation
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
