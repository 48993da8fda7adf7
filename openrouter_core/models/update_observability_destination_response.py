# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateObservabilityDestinationResponse) by `python -m codegen`; do not edit.
"""The ``UpdateObservabilityDestinationResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.observability_destination import ObservabilityDestination


@attrs.frozen(kw_only=True)
class UpdateObservabilityDestinationResponse:
    """The ``UpdateObservabilityDestinationResponse`` object."""

    data: ObservabilityDestination
    """The updated observability destination."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
