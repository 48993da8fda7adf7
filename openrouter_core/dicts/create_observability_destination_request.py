# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.create_observability_destination_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullableDict,
    )

__all__ = [
    "CreateObservabilityDestinationRequestDict",
]


class CreateObservabilityDestinationRequestDict(TypedDict, total=False):
    """The dict form of :class:`CreateObservabilityDestinationRequest`."""

    api_key_hashes: list[str] | None
    broadcast_generation_cost: bool | None
    broadcast_generation_identity: bool | None
    broadcast_generation_request_context: bool | None
    config: Required[dict[str, Any]]
    enabled: bool | None
    filter_rules: ObservabilityFilterRulesConfigNullableDict | None
    name: Required[str]
    privacy_mode: bool | None
    sampling_rate: float | None
    type: Required[
        Literal[
            "arize",
            "braintrust",
            "clickhouse",
            "datadog",
            "grafana",
            "langfuse",
            "langsmith",
            "newrelic",
            "opik",
            "otel-collector",
            "posthog",
            "ramp",
            "s3",
            "sentry",
            "snowflake",
            "weave",
            "webhook",
        ]
        | str
    ]
    workspace_id: str | None
