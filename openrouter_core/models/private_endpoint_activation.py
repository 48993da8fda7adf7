# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointActivation) by `python -m codegen`; do not edit.
"""Validate and activate in the same call."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PrivateEndpointActivation:
    """Validate and activate in the same call."""

    workspace_id: str
    """Workspace whose BYOK credential is used for the live validation call."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
