# Generated from the OpenRouter OpenAPI spec (createApiAlphaDecisions) by `python -m codegen`; do not edit.
"""Submit a Decisions request: ``POST /api/alpha/decisions``.

Submits a Decisions request to the Decisions router
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.decisions_request import DecisionsRequest
from openrouter_core.models.decisions_response import (
    DecisionsResponse,
    DecisionsResponseAnswersValue,
)

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.decisions_request import (
        DecisionsRequestQuestionsValueDict,
        DecisionsRequestStateDict,
    )
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.trace_config import TraceConfigDict

__all__ = [
    "AlphaDecisionsCreateError",
    "AlphaDecisionsCreateRequest",
    "AlphaDecisionsCreateRequestDict",
    "DecisionsRequest",
    "DecisionsResponse",
    "DecisionsResponseAnswersValue",
    "alpha_decisions_create",
    "alpha_decisions_create_async",
]


@attrs.frozen(kw_only=True)
class AlphaDecisionsCreateRequest:
    """The parameters and JSON body of ``POST /api/alpha/decisions``.

    - ``body`` (DecisionsRequest): the JSON body; its fields are listed in
      ``help(alpha_decisions_create)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: DecisionsRequest
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
        body: DecisionsRequest,
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
                "AlphaDecisionsCreateRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class AlphaDecisionsCreateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    model: Required[str]
    questions: Required[dict[str, DecisionsRequestQuestionsValueDict]]
    state: Required[DecisionsRequestStateDict]
    provider: ProviderPreferencesDict | None
    session_id: str | None
    trace: TraceConfigDict | None
    user: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
AlphaDecisionsCreateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[AlphaDecisionsCreateRequest, DecisionsResponse] = Operation(
    operation_id="createApiAlphaDecisions",
    method="POST",
    path="/api/alpha/decisions",
    request_type=AlphaDecisionsCreateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(DecisionsRequest),
    responses=(
        ok(200, DecisionsResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(PayloadTooLargeResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
        fails(EdgeNetworkTimeoutResponseError),
        fails(ProviderOverloadedResponseError),
    ),
    from_origin=True,
)


def alpha_decisions_create(
    core: OpenRouterCore,
    request: AlphaDecisionsCreateRequest | AlphaDecisionsCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[DecisionsResponse, AlphaDecisionsCreateError]:
    """Submits a Decisions request to the Decisions router.

    ``POST /api/alpha/decisions``: Submit a Decisions request.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``AlphaDecisionsCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``model`` (str, required)
            - ``questions`` (dict[str, DecisionsRequestQuestionsValue], required)
            - ``state`` (DecisionsRequestState, required): The content to evaluate: a plain
              string, or a JSON object or array of related context.
            - ``provider`` (ProviderPreferences)
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``trace`` (TraceConfig): Metadata for observability and tracing.
            - ``user`` (str)
            The class takes the body as ``body=DecisionsRequest(...)``; keys it does not
            know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(DecisionsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - 524: ``EdgeNetworkTimeoutResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import alpha_decisions_create

        result = alpha_decisions_create(core,
            {"model": "string", "questions": {}, "state": "string"},
        )
    """
    return invoke(core, OPERATION, request, options)


async def alpha_decisions_create_async(
    core: OpenRouterCore,
    request: AlphaDecisionsCreateRequest | AlphaDecisionsCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[DecisionsResponse, AlphaDecisionsCreateError]:
    """Submits a Decisions request to the Decisions router.

    ``POST /api/alpha/decisions``: Submit a Decisions request.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``AlphaDecisionsCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``model`` (str, required)
            - ``questions`` (dict[str, DecisionsRequestQuestionsValue], required)
            - ``state`` (DecisionsRequestState, required): The content to evaluate: a plain
              string, or a JSON object or array of related context.
            - ``provider`` (ProviderPreferences)
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``trace`` (TraceConfig): Metadata for observability and tracing.
            - ``user`` (str)
            The class takes the body as ``body=DecisionsRequest(...)``; keys it does not
            know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(DecisionsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - 524: ``EdgeNetworkTimeoutResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import alpha_decisions_create_async

        result = await alpha_decisions_create_async(core,
            {"model": "string", "questions": {}, "state": "string"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
