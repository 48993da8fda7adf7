# Generated from the OpenRouter OpenAPI spec (components/schemas/ListObservabilityDestinationsResponse) by `python -m codegen`; do not edit.
"""The ``ListObservabilityDestinationsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.observability_destination import ObservabilityDestination


@attrs.frozen(kw_only=True)
class ListObservabilityDestinationsResponse:
    """The ``ListObservabilityDestinationsResponse`` object."""

    data: list[ObservabilityDestination]
    """List of observability destinations."""
    total_count: int
    """Total number of destinations matching the filters."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
