# Generated from the OpenRouter OpenAPI spec (components/schemas/ObservabilityDestination) by `python -m codegen`; do not edit.
"""One of :class:`ObservabilityArizeDestination`, :class:`ObservabilityBraintrustDestination`,
:class:`ObservabilityClickhouseDestination`, :class:`ObservabilityDatadogDestination`,
:class:`ObservabilityGrafanaDestination`, :class:`ObservabilityLangfuseDestination`,
:class:`ObservabilityLangsmithDestination`, :class:`ObservabilityNewrelicDestination`,
:class:`ObservabilityOpikDestination`, :class:`ObservabilityOtelCollectorDestination`,
:class:`ObservabilityPosthogDestination`, :class:`ObservabilityRampDestination`,
:class:`ObservabilityS3Destination`, :class:`ObservabilitySentryDestination`,
:class:`ObservabilitySnowflakeDestination`, :class:`ObservabilityWeaveDestination`,
:class:`ObservabilityWebhookDestination`, ``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.observability_arize_destination import ObservabilityArizeDestination
from openrouter_core.models.observability_braintrust_destination import (
    ObservabilityBraintrustDestination,
)
from openrouter_core.models.observability_clickhouse_destination import (
    ObservabilityClickhouseDestination,
)
from openrouter_core.models.observability_datadog_destination import ObservabilityDatadogDestination
from openrouter_core.models.observability_grafana_destination import ObservabilityGrafanaDestination
from openrouter_core.models.observability_langfuse_destination import (
    ObservabilityLangfuseDestination,
)
from openrouter_core.models.observability_langsmith_destination import (
    ObservabilityLangsmithDestination,
)
from openrouter_core.models.observability_newrelic_destination import (
    ObservabilityNewrelicDestination,
)
from openrouter_core.models.observability_opik_destination import ObservabilityOpikDestination
from openrouter_core.models.observability_otel_collector_destination import (
    ObservabilityOtelCollectorDestination,
)
from openrouter_core.models.observability_posthog_destination import ObservabilityPosthogDestination
from openrouter_core.models.observability_ramp_destination import ObservabilityRampDestination
from openrouter_core.models.observability_s3_destination import ObservabilityS3Destination
from openrouter_core.models.observability_sentry_destination import ObservabilitySentryDestination
from openrouter_core.models.observability_snowflake_destination import (
    ObservabilitySnowflakeDestination,
)
from openrouter_core.models.observability_weave_destination import ObservabilityWeaveDestination
from openrouter_core.models.observability_webhook_destination import ObservabilityWebhookDestination

ObservabilityDestination: TypeAlias = (
    ObservabilityArizeDestination
    | ObservabilityBraintrustDestination
    | ObservabilityClickhouseDestination
    | ObservabilityDatadogDestination
    | ObservabilityGrafanaDestination
    | ObservabilityLangfuseDestination
    | ObservabilityLangsmithDestination
    | ObservabilityNewrelicDestination
    | ObservabilityOpikDestination
    | ObservabilityOtelCollectorDestination
    | ObservabilityPosthogDestination
    | ObservabilityRampDestination
    | ObservabilityS3Destination
    | ObservabilitySentryDestination
    | ObservabilitySnowflakeDestination
    | ObservabilityWeaveDestination
    | ObservabilityWebhookDestination
    | dict[str, Any]
)
"""One of :class:`ObservabilityArizeDestination`, :class:`ObservabilityBraintrustDestination`,
:class:`ObservabilityClickhouseDestination`, :class:`ObservabilityDatadogDestination`,
:class:`ObservabilityGrafanaDestination`, :class:`ObservabilityLangfuseDestination`,
:class:`ObservabilityLangsmithDestination`, :class:`ObservabilityNewrelicDestination`,
:class:`ObservabilityOpikDestination`, :class:`ObservabilityOtelCollectorDestination`,
:class:`ObservabilityPosthogDestination`, :class:`ObservabilityRampDestination`,
:class:`ObservabilityS3Destination`, :class:`ObservabilitySentryDestination`,
:class:`ObservabilitySnowflakeDestination`, :class:`ObservabilityWeaveDestination`,
:class:`ObservabilityWebhookDestination`, ``dict[str, Any]``.
"""


_OBSERVABILITY_DESTINATION_BY_TYPE: dict[Any, Any] = {
    "arize": ObservabilityArizeDestination,
    "braintrust": ObservabilityBraintrustDestination,
    "clickhouse": ObservabilityClickhouseDestination,
    "datadog": ObservabilityDatadogDestination,
    "grafana": ObservabilityGrafanaDestination,
    "langfuse": ObservabilityLangfuseDestination,
    "langsmith": ObservabilityLangsmithDestination,
    "newrelic": ObservabilityNewrelicDestination,
    "opik": ObservabilityOpikDestination,
    "otel-collector": ObservabilityOtelCollectorDestination,
    "posthog": ObservabilityPosthogDestination,
    "ramp": ObservabilityRampDestination,
    "s3": ObservabilityS3Destination,
    "sentry": ObservabilitySentryDestination,
    "snowflake": ObservabilitySnowflakeDestination,
    "weave": ObservabilityWeaveDestination,
    "webhook": ObservabilityWebhookDestination,
}


def _choose_observability_destination(data: Any) -> Any:
    """The member of :data:`ObservabilityDestination` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OBSERVABILITY_DESTINATION_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ObservabilityDestination: expected an object, got {type(data).__name__}")


register_union(ObservabilityDestination, _choose_observability_destination)
