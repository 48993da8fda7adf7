# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdatePrivateEndpointRequest) by `python -m codegen`; do not edit.
"""The ``UpdatePrivateEndpointRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class UpdatePrivateEndpointRequest:
    """The ``UpdatePrivateEndpointRequest`` object."""

    upstream_model_id: str
    """Model or deployment identifier sent to the upstream provider."""
    base_url: str | None = None
    """HTTPS base URL of your deployment."""
    declared_region: str | Unset | None = UNSET
    """Attest where this deployment processes data. Known values: ``"global"``, ``"europe"``,
    ``"us"``.
    """
    declared_zdr: bool | Unset | None = UNSET
    """Attest that this deployment retains no prompt or completion data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
