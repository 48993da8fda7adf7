# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointValidationNullable) by `python -m codegen`; do not edit.
"""The ``PrivateEndpointValidationNullable`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint_check import PrivateEndpointCheck


@attrs.frozen(kw_only=True)
class PrivateEndpointValidationNullable:
    """The ``PrivateEndpointValidationNullable`` object."""

    checks: list[PrivateEndpointCheck]
    passed: bool
    """Whether every check passed."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
