# Generated from the OpenRouter OpenAPI spec (components/schemas/EndpointsMetadata) by `python -m codegen`; do not edit.
"""The ``EndpointsMetadata`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.endpoint_info import EndpointInfo


@attrs.frozen(kw_only=True)
class EndpointsMetadata:
    """The ``EndpointsMetadata`` object."""

    available: list[EndpointInfo]
    total: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
