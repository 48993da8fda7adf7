# Generated from the OpenRouter OpenAPI spec (components/schemas/CreatePrivateEndpointValidationFailedResponseError) by `python -m codegen`; do not edit.
"""The ``CreatePrivateEndpointValidationFailedResponseError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CreatePrivateEndpointValidationFailedResponseError:
    """The ``CreatePrivateEndpointValidationFailedResponseError`` object."""

    code: int
    message: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
