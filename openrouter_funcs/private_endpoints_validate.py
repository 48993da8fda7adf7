# Generated from the OpenRouter OpenAPI spec (validatePrivateEndpoint) by `python -m codegen`; do not edit.
"""Validate a draft private endpoint: ``POST /private-endpoints/{id}/validate``.

Send a live test request to the draft endpoint using the given workspace's BYOK credential for
its provider. A passing validation is required before activation. Failed checks return 200 with
`passed: false`. Management key required.
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
from openrouter_core.models.private_endpoint_validation_response import (
    PrivateEndpointValidationResponse,
)
from openrouter_core.models.validate_private_endpoint_request import ValidatePrivateEndpointRequest

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "PrivateEndpointValidationResponse",
    "PrivateEndpointsValidateError",
    "PrivateEndpointsValidateRequest",
    "PrivateEndpointsValidateRequestDict",
    "ValidatePrivateEndpointRequest",
    "private_endpoints_validate",
    "private_endpoints_validate_async",
]


@attrs.frozen(kw_only=True)
class PrivateEndpointsValidateRequest:
    """The parameters and JSON body of ``POST /private-endpoints/{id}/validate``.

    - ``body`` (ValidatePrivateEndpointRequest): the JSON body; its fields are listed in
      ``help(private_endpoints_validate)``.
    - ``id`` (str): Stable identifier of the private endpoint.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: ValidatePrivateEndpointRequest
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
        body: ValidatePrivateEndpointRequest,
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
                "PrivateEndpointsValidateRequest",
                self.body,
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class PrivateEndpointsValidateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    workspace_id: Required[str]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
PrivateEndpointsValidateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[PrivateEndpointsValidateRequest, PrivateEndpointValidationResponse] = (
    Operation(
        operation_id="validatePrivateEndpoint",
        method="POST",
        path="/private-endpoints/{id}/validate",
        request_type=PrivateEndpointsValidateRequest,
        params=(
            path("id", "id"),
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(ValidatePrivateEndpointRequest),
        responses=(
            ok(200, PrivateEndpointValidationResponse),
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
)


def private_endpoints_validate(
    core: OpenRouterCore,
    request: PrivateEndpointsValidateRequest | PrivateEndpointsValidateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointValidationResponse, PrivateEndpointsValidateError]:
    """Send a live test request to the draft endpoint using the given workspace's BYOK credential for its provider.

    ``POST /private-endpoints/{id}/validate``: Validate a draft private endpoint.

    A passing validation is required before activation. Failed checks return 200 with
    `passed: false`. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PrivateEndpointsValidateRequest`` or a dict with these keys:

            - ``id`` (str, required): Stable identifier of the private endpoint.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``workspace_id`` (str, required): Workspace whose BYOK credential is used for
              the live validation call.
            The class takes the body as ``body=ValidatePrivateEndpointRequest(...)``; keys
            it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(PrivateEndpointValidationResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import private_endpoints_validate

        result = private_endpoints_validate(core, {"id": "string", "workspace_id": "string"})
    """
    return invoke(core, OPERATION, request, options)


async def private_endpoints_validate_async(
    core: OpenRouterCore,
    request: PrivateEndpointsValidateRequest | PrivateEndpointsValidateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointValidationResponse, PrivateEndpointsValidateError]:
    """Send a live test request to the draft endpoint using the given workspace's BYOK credential for its provider.

    ``POST /private-endpoints/{id}/validate``: Validate a draft private endpoint.

    A passing validation is required before activation. Failed checks return 200 with
    `passed: false`. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PrivateEndpointsValidateRequest`` or a dict with these keys:

            - ``id`` (str, required): Stable identifier of the private endpoint.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``workspace_id`` (str, required): Workspace whose BYOK credential is used for
              the live validation call.
            The class takes the body as ``body=ValidatePrivateEndpointRequest(...)``; keys
            it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(PrivateEndpointValidationResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import private_endpoints_validate_async

        result = await private_endpoints_validate_async(core,
            {"id": "string", "workspace_id": "string"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
