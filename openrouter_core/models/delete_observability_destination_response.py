# Generated from the OpenRouter OpenAPI spec (components/schemas/DeleteObservabilityDestinationResponse) by `python -m codegen`; do not edit.
"""The ``DeleteObservabilityDestinationResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DeleteObservabilityDestinationResponse:
    """The ``DeleteObservabilityDestinationResponse`` object."""

    deleted: bool = True
    """Always `true` on success."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
