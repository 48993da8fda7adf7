# Generated from the OpenRouter OpenAPI spec (createPrivateEndpoint) by `python -m codegen`; do not edit.
"""Create a private endpoint: ``POST /private-endpoints``.

Create a private endpoint as a draft. Drafts are not routable: validate one with `POST
/private-endpoints/{id}/validate`, then activate it with `POST
/private-endpoints/{id}/activate`. Pass `activate` to do all three in one call; if validation
fails the draft is kept and returned with the failed checks. Send an `Idempotency-Key` header to
make retries safe: a repeated key with the same request returns the endpoint the first request
created; reusing it with different fields returns 422 `idempotency_key_reused`. Management key
required.

Error bodies of the statuses documented here follow this endpoint's own format: ``err.data``
holds a parsed ``BadGatewayUnion``, not the body its class names elsewhere.
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
    BadGatewayResponseError,
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    RequestTimeoutResponseError,
    UnauthorizedResponseError,
    UnprocessableEntityResponseError,
)
from openrouter_core.models.bad_gateway_union import BadGatewayUnion
from openrouter_core.models.conflict_union import ConflictUnion
from openrouter_core.models.create_private_endpoint_request import CreatePrivateEndpointRequest
from openrouter_core.models.internal_server_error_union import InternalServerErrorUnion
from openrouter_core.models.managed_private_endpoint_response import ManagedPrivateEndpointResponse
from openrouter_core.models.not_found_union import NotFoundUnion
from openrouter_core.models.unprocessable_entity_union import UnprocessableEntityUnion

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.private_endpoint_activation import PrivateEndpointActivationDict
    from openrouter_core.dicts.private_endpoint_pricing import PrivateEndpointPricingDict

__all__ = [
    "CreatePrivateEndpointRequest",
    "ManagedPrivateEndpointResponse",
    "PrivateEndpointsCreateError",
    "PrivateEndpointsCreateRequest",
    "PrivateEndpointsCreateRequestDict",
    "private_endpoints_create",
    "private_endpoints_create_async",
]


@attrs.frozen(kw_only=True)
class PrivateEndpointsCreateRequest:
    """The parameters and JSON body of ``POST /private-endpoints``.

    - ``body`` (CreatePrivateEndpointRequest): the JSON body; its fields are listed in
      ``help(private_endpoints_create)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    - ``idempotency_key`` (str, optional): Retry-safe create: a repeated create with the
      same key from the same organization returns the endpoint the first request created
      instead of creating another.
    """

    body: CreatePrivateEndpointRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    idempotency_key: str | None = attrs.field(default=None, metadata={"wire": "idempotency-key"})
    """Retry-safe create: a repeated create with the same key from the same organization returns the endpoint the first request created instead of creating another."""

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: CreatePrivateEndpointRequest,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)
        _setattr("idempotency_key", idempotency_key)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r}, "
            f"idempotency_key={self.idempotency_key!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.body,
            self.http_referer,
            self.app_title,
            self.app_categories,
            self.idempotency_key,
        ) == (
            other.body,
            other.http_referer,
            other.app_title,
            other.app_categories,
            other.idempotency_key,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PrivateEndpointsCreateRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
                self.idempotency_key,
            )
        )

    # --- end of attrs methods ---


class PrivateEndpointsCreateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    idempotency_key: str
    model_permaslug: Required[str]
    provider_slug: Required[str]
    upstream_model_id: Required[str]
    activate: PrivateEndpointActivationDict | None
    base_url: str | None
    declared_region: Literal["global", "europe", "us"] | str | None
    declared_zdr: bool | None
    pricing: PrivateEndpointPricingDict | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
PrivateEndpointsCreateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[PrivateEndpointsCreateRequest, ManagedPrivateEndpointResponse] = Operation(
    operation_id="createPrivateEndpoint",
    method="POST",
    path="/private-endpoints",
    request_type=PrivateEndpointsCreateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
        header("idempotency_key", "idempotency-key"),
    ),
    body=json_body(CreatePrivateEndpointRequest),
    responses=(
        ok(201, ManagedPrivateEndpointResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError, body=NotFoundUnion),
        fails(RequestTimeoutResponseError),
        fails(ConflictResponseError, body=ConflictUnion),
        fails(UnprocessableEntityResponseError, body=UnprocessableEntityUnion),
        fails(InternalServerResponseError, body=InternalServerErrorUnion),
        fails(BadGatewayResponseError, body=BadGatewayUnion),
    ),
)


def private_endpoints_create(
    core: OpenRouterCore,
    request: PrivateEndpointsCreateRequest | PrivateEndpointsCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, PrivateEndpointsCreateError]:
    """Create a private endpoint as a draft.

    ``POST /private-endpoints``: Create a private endpoint.

    Drafts are not routable: validate one with `POST /private-endpoints/{id}/validate`, then
    activate it with `POST /private-endpoints/{id}/activate`. Pass `activate` to do all
    three in one call; if validation fails the draft is kept and returned with the failed
    checks. Send an `Idempotency-Key` header to make retries safe: a repeated key with the
    same request returns the endpoint the first request created; reusing it with different
    fields returns 422 `idempotency_key_reused`. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PrivateEndpointsCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``idempotency_key`` (str): Retry-safe create: a repeated create with the same
              key from the same organization returns the endpoint the first request created
              instead of creating another.
            - ``model_permaslug`` (str, required): Permanent slug of the model this endpoint
              serves.
            - ``provider_slug`` (str, required): Slug of the upstream provider.
            - ``upstream_model_id`` (str, required): Model or deployment identifier sent to
              the upstream provider.
            - ``activate`` (PrivateEndpointActivation): Validate and activate in the same
              call.
            - ``base_url`` (str): HTTPS base URL of your deployment.
            - ``declared_region`` (str): Attest where this deployment processes data. Known
              values: ``"global"``, ``"europe"``, ``"us"``.
            - ``declared_zdr`` (bool): Attest that this deployment retains no prompt or
              completion data.
            - ``pricing`` (PrivateEndpointPricing): Negotiated per-token rates reported for
              requests routed to this endpoint.
            The class takes the body as ``body=CreatePrivateEndpointRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ManagedPrivateEndpointResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 409: ``ConflictResponseError``
        - 422: ``UnprocessableEntityResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import private_endpoints_create

        result = private_endpoints_create(core, {
            "model_permaslug": "string",
            "provider_slug": "string",
            "upstream_model_id": "string",
        })
    """
    return invoke(core, OPERATION, request, options)


async def private_endpoints_create_async(
    core: OpenRouterCore,
    request: PrivateEndpointsCreateRequest | PrivateEndpointsCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, PrivateEndpointsCreateError]:
    """Create a private endpoint as a draft.

    ``POST /private-endpoints``: Create a private endpoint.

    Drafts are not routable: validate one with `POST /private-endpoints/{id}/validate`, then
    activate it with `POST /private-endpoints/{id}/activate`. Pass `activate` to do all
    three in one call; if validation fails the draft is kept and returned with the failed
    checks. Send an `Idempotency-Key` header to make retries safe: a repeated key with the
    same request returns the endpoint the first request created; reusing it with different
    fields returns 422 `idempotency_key_reused`. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PrivateEndpointsCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``idempotency_key`` (str): Retry-safe create: a repeated create with the same
              key from the same organization returns the endpoint the first request created
              instead of creating another.
            - ``model_permaslug`` (str, required): Permanent slug of the model this endpoint
              serves.
            - ``provider_slug`` (str, required): Slug of the upstream provider.
            - ``upstream_model_id`` (str, required): Model or deployment identifier sent to
              the upstream provider.
            - ``activate`` (PrivateEndpointActivation): Validate and activate in the same
              call.
            - ``base_url`` (str): HTTPS base URL of your deployment.
            - ``declared_region`` (str): Attest where this deployment processes data. Known
              values: ``"global"``, ``"europe"``, ``"us"``.
            - ``declared_zdr`` (bool): Attest that this deployment retains no prompt or
              completion data.
            - ``pricing`` (PrivateEndpointPricing): Negotiated per-token rates reported for
              requests routed to this endpoint.
            The class takes the body as ``body=CreatePrivateEndpointRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ManagedPrivateEndpointResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 409: ``ConflictResponseError``
        - 422: ``UnprocessableEntityResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import private_endpoints_create_async

        result = await private_endpoints_create_async(core, {
            "model_permaslug": "string",
            "provider_slug": "string",
            "upstream_model_id": "string",
        })
    """
    return await invoke_async(core, OPERATION, request, options)
