# Generated from the OpenRouter OpenAPI spec (components/schemas/GetObservabilityDestinationResponse) by `python -m codegen`; do not edit.
"""The ``GetObservabilityDestinationResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.observability_destination import ObservabilityDestination


@attrs.frozen(kw_only=True)
class GetObservabilityDestinationResponse:
    """The ``GetObservabilityDestinationResponse`` object."""

    data: ObservabilityDestination
    """The observability destination."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
