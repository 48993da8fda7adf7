# Generated from the OpenRouter OpenAPI spec (createObservabilityDestination) by `python -m codegen`; do not edit.
"""Create an observability destination: ``POST /observability/destinations``.

Create a new observability destination. A maximum of 5 destinations per type is allowed.
Defaults to the authenticated entity's default workspace; use the `workspace_id` body field to
scope to a different workspace. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_observability_destination_request import (
    CreateObservabilityDestinationRequest,
)
from openrouter_core.models.create_observability_destination_response import (
    CreateObservabilityDestinationResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullableDict,
    )

__all__ = [
    "CreateObservabilityDestinationRequest",
    "CreateObservabilityDestinationResponse",
    "ObservabilityCreateError",
    "ObservabilityCreateRequest",
    "ObservabilityCreateRequestDict",
    "observability_create",
    "observability_create_async",
]


@attrs.frozen(kw_only=True)
class ObservabilityCreateRequest:
    """The parameters and JSON body of ``POST /observability/destinations``.

    - ``body`` (CreateObservabilityDestinationRequest): the JSON body; its fields are listed
      in ``help(observability_create)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: CreateObservabilityDestinationRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: CreateObservabilityDestinationRequest,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ObservabilityCreateRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ObservabilityCreateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
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
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ObservabilityCreateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ObservabilityCreateRequest, CreateObservabilityDestinationResponse] = (
    Operation(
        operation_id="createObservabilityDestination",
        method="POST",
        path="/observability/destinations",
        request_type=ObservabilityCreateRequest,
        params=(
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(CreateObservabilityDestinationRequest),
        responses=(
            ok(201, CreateObservabilityDestinationResponse),
            fails(BadRequestResponseError),
            fails(UnauthorizedResponseError),
            fails(ForbiddenResponseError),
            fails(ConflictResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def observability_create(
    core: OpenRouterCore,
    request: ObservabilityCreateRequest | ObservabilityCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateObservabilityDestinationResponse, ObservabilityCreateError]:
    """Create a new observability destination.

    ``POST /observability/destinations``: Create an observability destination.

    A maximum of 5 destinations per type is allowed. Defaults to the authenticated entity's
    default workspace; use the `workspace_id` body field to scope to a different workspace.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ObservabilityCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``api_key_hashes`` (list[str]): Optional allowlist of OpenRouter API key
              hashes whose traffic is forwarded.
            - ``broadcast_generation_cost`` (bool): When true, include cost and billing
              generation metadata.
            - ``broadcast_generation_identity`` (bool): When true, include identity
              generation metadata.
            - ``broadcast_generation_request_context`` (bool): When true, include
              request-context generation metadata.
            - ``config`` (dict[str, Any], required): Provider-specific configuration.
            - ``enabled`` (bool): Whether this destination should be enabled immediately.
            - ``filter_rules`` (ObservabilityFilterRulesConfigNullable)
            - ``name`` (str, required): Human-readable name for the destination.
            - ``privacy_mode`` (bool): When true, request/response bodies are not forwarded
              — only metadata.
            - ``sampling_rate`` (float): Sampling rate between 0.0001 and 1 (1 = 100%).
            - ``type`` (str, required): The destination type.
            - ``workspace_id`` (str): Optional workspace ID.
            The class takes the body as ``body=CreateObservabilityDestinationRequest(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(CreateObservabilityDestinationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 409: ``ConflictResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import observability_create

        result = observability_create(core, {
            "config": {
                "baseUrl": "https://us.cloud.langfuse.com",
                "publicKey": "pk-l...EfGh",
                "secretKey": "sk-l...AbCd",
            },
            "name": "Production Langfuse",
            "type": "langfuse",
        })
    """
    return invoke(core, OPERATION, request, options)


async def observability_create_async(
    core: OpenRouterCore,
    request: ObservabilityCreateRequest | ObservabilityCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateObservabilityDestinationResponse, ObservabilityCreateError]:
    """Create a new observability destination.

    ``POST /observability/destinations``: Create an observability destination.

    A maximum of 5 destinations per type is allowed. Defaults to the authenticated entity's
    default workspace; use the `workspace_id` body field to scope to a different workspace.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ObservabilityCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``api_key_hashes`` (list[str]): Optional allowlist of OpenRouter API key
              hashes whose traffic is forwarded.
            - ``broadcast_generation_cost`` (bool): When true, include cost and billing
              generation metadata.
            - ``broadcast_generation_identity`` (bool): When true, include identity
              generation metadata.
            - ``broadcast_generation_request_context`` (bool): When true, include
              request-context generation metadata.
            - ``config`` (dict[str, Any], required): Provider-specific configuration.
            - ``enabled`` (bool): Whether this destination should be enabled immediately.
            - ``filter_rules`` (ObservabilityFilterRulesConfigNullable)
            - ``name`` (str, required): Human-readable name for the destination.
            - ``privacy_mode`` (bool): When true, request/response bodies are not forwarded
              — only metadata.
            - ``sampling_rate`` (float): Sampling rate between 0.0001 and 1 (1 = 100%).
            - ``type`` (str, required): The destination type.
            - ``workspace_id`` (str): Optional workspace ID.
            The class takes the body as ``body=CreateObservabilityDestinationRequest(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(CreateObservabilityDestinationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 409: ``ConflictResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import observability_create_async

        result = await observability_create_async(core, {
            "config": {
                "baseUrl": "https://us.cloud.langfuse.com",
                "publicKey": "pk-l...EfGh",
                "secretKey": "sk-l...AbCd",
            },
            "name": "Production Langfuse",
            "type": "langfuse",
        })
    """
    return await invoke_async(core, OPERATION, request, options)
