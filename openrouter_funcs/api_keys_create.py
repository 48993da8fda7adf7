# Generated from the OpenRouter OpenAPI spec (createKeys) by `python -m codegen`; do not edit.
"""Create a new API key: ``POST /keys``.

Create a new API key for the authenticated user. The plaintext `key` is returned only in this
response. Treat it as a write-only, sensitive value; it cannot be retrieved later. Management
key required.
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
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.api_keys_create_body import ApiKeysCreateBody
from openrouter_core.models.api_keys_create_response import (
    ApiKeysCreateResponse,
    ApiKeysCreateResponseData,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ApiKeysCreateBody",
    "ApiKeysCreateError",
    "ApiKeysCreateRequest",
    "ApiKeysCreateRequestDict",
    "ApiKeysCreateResponse",
    "ApiKeysCreateResponseData",
    "api_keys_create",
    "api_keys_create_async",
]


@attrs.frozen(kw_only=True)
class ApiKeysCreateRequest:
    """The parameters and JSON body of ``POST /keys``.

    - ``body`` (ApiKeysCreateBody): the JSON body; its fields are listed in
      ``help(api_keys_create)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: ApiKeysCreateBody
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
        body: ApiKeysCreateBody,
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
                "ApiKeysCreateRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ApiKeysCreateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    creator_user_id: str | None
    expires_at: str | None
    include_byok_in_limit: bool | None
    limit: float | None
    limit_reset: Literal["daily", "weekly", "monthly"] | str | None
    name: Required[str]
    workspace_id: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ApiKeysCreateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ApiKeysCreateRequest, ApiKeysCreateResponse] = Operation(
    operation_id="createKeys",
    method="POST",
    path="/keys",
    request_type=ApiKeysCreateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(ApiKeysCreateBody),
    responses=(
        ok(201, ApiKeysCreateResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def api_keys_create(
    core: OpenRouterCore,
    request: ApiKeysCreateRequest | ApiKeysCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ApiKeysCreateResponse, ApiKeysCreateError]:
    """Create a new API key for the authenticated user.

    ``POST /keys``: Create a new API key.

    The plaintext `key` is returned only in this response. Treat it as a write-only,
    sensitive value; it cannot be retrieved later. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ApiKeysCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``creator_user_id`` (str): Optional user ID of the key creator.
            - ``expires_at`` (datetime): Optional ISO 8601 UTC timestamp when the API key
              should expire.
            - ``include_byok_in_limit`` (bool): Whether to include BYOK usage in the limit.
            - ``limit`` (float): Optional spending limit for the API key in USD.
            - ``limit_reset`` (str): Type of limit reset for the API key (daily, weekly,
              monthly, or null for no reset). Known values: ``"daily"``, ``"weekly"``,
              ``"monthly"``.
            - ``name`` (str, required): Name for the new API key.
            - ``workspace_id`` (str): The workspace to create the API key in.
            The class takes the body as ``body=ApiKeysCreateBody(...)``; keys it does not
            know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ApiKeysCreateResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import api_keys_create

        result = api_keys_create(core, {"name": "My New API Key"})
    """
    return invoke(core, OPERATION, request, options)


async def api_keys_create_async(
    core: OpenRouterCore,
    request: ApiKeysCreateRequest | ApiKeysCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ApiKeysCreateResponse, ApiKeysCreateError]:
    """Create a new API key for the authenticated user.

    ``POST /keys``: Create a new API key.

    The plaintext `key` is returned only in this response. Treat it as a write-only,
    sensitive value; it cannot be retrieved later. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ApiKeysCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``creator_user_id`` (str): Optional user ID of the key creator.
            - ``expires_at`` (datetime): Optional ISO 8601 UTC timestamp when the API key
              should expire.
            - ``include_byok_in_limit`` (bool): Whether to include BYOK usage in the limit.
            - ``limit`` (float): Optional spending limit for the API key in USD.
            - ``limit_reset`` (str): Type of limit reset for the API key (daily, weekly,
              monthly, or null for no reset). Known values: ``"daily"``, ``"weekly"``,
              ``"monthly"``.
            - ``name`` (str, required): Name for the new API key.
            - ``workspace_id`` (str): The workspace to create the API key in.
            The class takes the body as ``body=ApiKeysCreateBody(...)``; keys it does not
            know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ApiKeysCreateResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import api_keys_create_async

        result = await api_keys_create_async(core, {"name": "My New API Key"})
    """
    return await invoke_async(core, OPERATION, request, options)
