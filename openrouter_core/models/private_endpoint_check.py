# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointCheck) by `python -m codegen`; do not edit.
"""The ``PrivateEndpointCheck`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class PrivateEndpointCheck:
    """The ``PrivateEndpointCheck`` object."""

    name: str
    """Check name."""
    passed: bool
    actual_model: str | Unset | None = UNSET
    """Model the upstream reported serving, when it differs from the request."""
    reason: str | None = None
    """Why the check failed."""
    upstream_message: str | Unset | None = UNSET
    """Error message returned by your deployment when the call failed."""
    upstream_status: int | None = None
    """HTTP status returned by your deployment when the call failed."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
