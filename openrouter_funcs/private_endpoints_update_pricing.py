# Generated from the OpenRouter OpenAPI spec (updatePrivateEndpointPricing) by `python -m codegen`; do not edit.
"""Set private endpoint pricing: ``PUT /private-endpoints/{id}/pricing``.

Set the negotiated per-token rates reported for requests routed to this endpoint. Applies to
drafts and active endpoints; new rates take effect for subsequent requests. The body replaces
the whole pricing object: omitting `cache_read` or `cache_write` reverts that rate to the
provider pricing strategy's default, even if it was set before. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok, path
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
from openrouter_core.models.private_endpoint_response import PrivateEndpointResponse
from openrouter_core.models.update_private_endpoint_pricing_request import (
    UpdatePrivateEndpointPricingRequest,
)

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.private_endpoint_pricing import PrivateEndpointPricingDict

__all__ = [
    "PrivateEndpointResponse",
    "PrivateEndpointsUpdatePricingError",
    "PrivateEndpointsUpdatePricingRequest",
    "PrivateEndpointsUpdatePricingRequestDict",
    "UpdatePrivateEndpointPricingRequest",
    "private_endpoints_update_pricing",
    "private_endpoints_update_pricing_async",
]


@attrs.frozen(kw_only=True)
class PrivateEndpointsUpdatePricingRequest:
    """The parameters and JSON body of ``PUT /private-endpoints/{id}/pricing``.

    - ``body`` (UpdatePrivateEndpointPricingRequest): the JSON body; its fields are listed
      in ``help(private_endpoints_update_pricing)``.
    - ``id`` (str): Stable identifier of the private endpoint.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: UpdatePrivateEndpointPricingRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """Stable identifier of the private endpoint."""
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
        body: UpdatePrivateEndpointPricingRequest,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("id", id)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"id={self.id!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.id, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.id,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PrivateEndpointsUpdatePricingRequest",
                self.body,
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class PrivateEndpointsUpdatePricingRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    pricing: Required[PrivateEndpointPricingDict]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
PrivateEndpointsUpdatePricingError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[PrivateEndpointsUpdatePricingRequest, PrivateEndpointResponse] = Operation(
    operation_id="updatePrivateEndpointPricing",
    method="PUT",
    path="/private-endpoints/{id}/pricing",
    request_type=PrivateEndpointsUpdatePricingRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(UpdatePrivateEndpointPricingRequest),
    responses=(
        ok(200, PrivateEndpointResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(RequestTimeoutResponseError),
        fails(ConflictResponseError),
        fails(UnprocessableEntityResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
    ),
)


def private_endpoints_update_pricing(
    core: OpenRouterCore,
    request: PrivateEndpointsUpdatePricingRequest | PrivateEndpointsUpdatePricingRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointResponse, PrivateEndpointsUpdatePricingError]:
    """Set the negotiated per-token rates reported for requests routed to this endpoint.

    ``PUT /private-endpoints/{id}/pricing``: Set private endpoint pricing.

    Applies to drafts and active endpoints; new rates take effect for subsequent requests.
    The body replaces the whole pricing object: omitting `cache_read` or `cache_write`
    reverts that rate to the provider pricing strategy's default, even if it was set before.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PrivateEndpointsUpdatePricingRequest`` or a dict with these keys:

            - ``id`` (str, required): Stable identifier of the private endpoint.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``pricing`` (PrivateEndpointPricing, required): Negotiated per-token rates
              reported for requests routed to this endpoint.
            The class takes the body as ``body=UpdatePrivateEndpointPricingRequest(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(PrivateEndpointResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import private_endpoints_update_pricing

        result = private_endpoints_update_pricing(core, {
            "id": "string",
            "pricing": {"completion": "string", "prompt": "string"},
        })
    """
    return invoke(core, OPERATION, request, options)


async def private_endpoints_update_pricing_async(
    core: OpenRouterCore,
    request: PrivateEndpointsUpdatePricingRequest | PrivateEndpointsUpdatePricingRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointResponse, PrivateEndpointsUpdatePricingError]:
    """Set the negotiated per-token rates reported for requests routed to this endpoint.

    ``PUT /private-endpoints/{id}/pricing``: Set private endpoint pricing.

    Applies to drafts and active endpoints; new rates take effect for subsequent requests.
    The body replaces the whole pricing object: omitting `cache_read` or `cache_write`
    reverts that rate to the provider pricing strategy's default, even if it was set before.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PrivateEndpointsUpdatePricingRequest`` or a dict with these keys:

            - ``id`` (str, required): Stable identifier of the private endpoint.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``pricing`` (PrivateEndpointPricing, required): Negotiated per-token rates
              reported for requests routed to this endpoint.
            The class takes the body as ``body=UpdatePrivateEndpointPricingRequest(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(PrivateEndpointResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import private_endpoints_update_pricing_async

        result = await private_endpoints_update_pricing_async(core, {
            "id": "string",
            "pricing": {"completion": "string", "prompt": "string"},
        })
    """
    return await invoke_async(core, OPERATION, request, options)
