# Generated from the OpenRouter OpenAPI spec (components/schemas/ValidatePrivateEndpointRequest) by `python -m codegen`; do not edit.
"""The ``ValidatePrivateEndpointRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ValidatePrivateEndpointRequest:
    """The ``ValidatePrivateEndpointRequest`` object."""

    workspace_id: str
    """Workspace whose BYOK credential is used for the live validation call."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
