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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        attempt: int,
        attempts: list[RouterAttempt] | None = None,
        endpoints: EndpointsMetadata,
        is_byok: bool,
        params: RouterParams | None = None,
        pipeline: list[PipelineStage] | None = None,
        region: str | None,
        requested: str,
        strategy: str,
        summary: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("attempt", attempt)
        _setattr("attempts", attempts)
        _setattr("endpoints", endpoints)
        _setattr("is_byok", is_byok)
        _setattr("params", params)
        _setattr("pipeline", pipeline)
        _setattr("region", region)
        _setattr("requested", requested)
        _setattr("strategy", strategy)
        _setattr("summary", summary)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"attempt={self.attempt!r}, "
            f"attempts={self.attempts!r}, "
            f"endpoints={self.endpoints!r}, "
            f"is_byok={self.is_byok!r}, "
            f"params={self.params!r}, "
            f"pipeline={self.pipeline!r}, "
            f"region={self.region!r}, "
            f"requested={self.requested!r}, "
            f"strategy={self.strategy!r}, "
            f"summary={self.summary!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.attempt,
            self.attempts,
            self.endpoints,
            self.is_byok,
            self.params,
            self.pipeline,
            self.region,
            self.requested,
            self.strategy,
            self.summary,
            self.extra_fields,
        ) == (
            other.attempt,
            other.attempts,
            other.endpoints,
            other.is_byok,
            other.params,
            other.pipeline,
            other.region,
            other.requested,
            other.strategy,
            other.summary,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OpenRouterMetadata",
                self.attempt,
                self.attempts,
                self.endpoints,
                self.is_byok,
                self.params,
                self.pipeline,
                self.region,
                self.requested,
                self.strategy,
                self.summary,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
