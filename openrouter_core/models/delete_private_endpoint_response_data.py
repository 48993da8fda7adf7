# Generated from the OpenRouter OpenAPI spec (components/schemas/DeletePrivateEndpointResponseData) by `python -m codegen`; do not edit.
"""The ``DeletePrivateEndpointResponseData`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DeletePrivateEndpointResponseData:
    """The ``DeletePrivateEndpointResponseData`` object."""

    id: str
    """Stable identifier of the private endpoint."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
