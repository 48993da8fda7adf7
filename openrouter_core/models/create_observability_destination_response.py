# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateObservabilityDestinationResponse) by `python -m codegen`; do not edit.
"""The ``CreateObservabilityDestinationResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.observability_destination import ObservabilityDestination


@attrs.frozen(kw_only=True)
class CreateObservabilityDestinationResponse:
    """The ``CreateObservabilityDestinationResponse`` object."""

    data: ObservabilityDestination
    """The newly created observability destination."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
