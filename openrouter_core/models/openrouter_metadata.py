# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenRouterMetadata) by `python -m codegen`; do not edit.
"""The ``OpenRouterMetadata`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.endpoints_metadata import EndpointsMetadata
    from openrouter_core.models.pipeline_stage import PipelineStage
    from openrouter_core.models.router_attempt import RouterAttempt
    from openrouter_core.models.router_params import RouterParams


@attrs.frozen(kw_only=True)
class OpenRouterMetadata:
    """The ``OpenRouterMetadata`` object."""

    attempt: int
    attempts: list[RouterAttempt] | None = None
    endpoints: EndpointsMetadata
    is_byok: bool
    params: RouterParams | None = None
    pipeline: list[PipelineStage] | None = None
    region: str | None
    requested: str
    strategy: str
    """Known values: :class:`RoutingStrategy`."""
    summary: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
