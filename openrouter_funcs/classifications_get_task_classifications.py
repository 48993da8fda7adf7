# Generated from the OpenRouter OpenAPI spec (getTaskClassifications) by `python -m codegen`; do not edit.
"""Task classification market share: ``GET /classifications/task``.

Returns the market-share breakdown of OpenRouter traffic by task classification (e.g. code
generation, web search, summarization) over a trailing time window.

Each classification reports its share of classified sampled requests (`usage_share`) and
classified sampled token volume (`token_share`) as fractions between 0 and 1. The unclassified
`other` bucket is excluded. Absolute volumes are not exposed because the underlying data is
sampled.

Each classification also includes a `models` array listing the top models by request volume
within that classification, with their within-tag usage and token shares.

Classifications are grouped into macro-categories (Code, Data, Agent, General) with aggregate
shares provided for each.

Authenticate with any valid OpenRouter API key (same key used for inference). Rate-limited to 30
requests/minute per key and 500 requests/day per account.

When republishing or quoting this data, cite as: "Source: OpenRouter (openrouter.ai/rankings),
as of {as_of}.\"
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.task_classification_response import (
    TaskClassificationResponse,
    TaskClassificationResponseData,
)

__all__ = [
    "ClassificationsGetTaskClassificationsError",
    "ClassificationsGetTaskClassificationsRequest",
    "ClassificationsGetTaskClassificationsRequestDict",
    "TaskClassificationResponse",
    "TaskClassificationResponseData",
    "classifications_get_task_classifications",
    "classifications_get_task_classifications_async",
]


@attrs.frozen(kw_only=True)
class ClassificationsGetTaskClassificationsRequest:
    """The parameters of ``GET /classifications/task``.

    - ``window`` (str, optional): Trailing time window for the classification data.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    window: str | None = attrs.field(default=None, metadata={"wire": "window"})
    """Trailing time window for the classification data."""
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
        window: str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("window", window)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"window={self.window!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.window, self.http_referer, self.app_title, self.app_categories) == (
            other.window,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ClassificationsGetTaskClassificationsRequest",
                self.window,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ClassificationsGetTaskClassificationsRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    window: str
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ClassificationsGetTaskClassificationsError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ClassificationsGetTaskClassificationsRequest, TaskClassificationResponse] = (
    Operation(
        operation_id="getTaskClassifications",
        method="GET",
        path="/classifications/task",
        request_type=ClassificationsGetTaskClassificationsRequest,
        params=(
            query("window", "window"),
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        responses=(
            ok(200, TaskClassificationResponse),
            fails(BadRequestResponseError),
            fails(UnauthorizedResponseError),
            fails(TooManyRequestsResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def classifications_get_task_classifications(
    core: OpenRouterCore,
    request: ClassificationsGetTaskClassificationsRequest
    | ClassificationsGetTaskClassificationsRequestDict
    | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[TaskClassificationResponse, ClassificationsGetTaskClassificationsError]:
    """Returns the market-share breakdown of OpenRouter traffic by task classification (e.g. code generation, web search, summarization) over a trailing time window.

    ``GET /classifications/task``: Task classification market share.

    Each classification reports its share of classified sampled requests (`usage_share`) and
    classified sampled token volume (`token_share`) as fractions between 0 and 1. The
    unclassified `other` bucket is excluded. Absolute volumes are not exposed because the
    underlying data is sampled. Each classification also includes a `models` array listing
    the top models by request volume within that classification, with their within-tag usage
    and token shares. Classifications are grouped into macro-categories (Code, Data, Agent,
    General) with aggregate shares provided for each. Authenticate with any valid OpenRouter
    API key (same key used for inference). Rate-limited to 30 requests/minute per key and
    500 requests/day per account. When republishing or quoting this data, cite as: "Source:
    OpenRouter (openrouter.ai/rankings), as of {as_of}.\"

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ClassificationsGetTaskClassificationsRequest`` or a dict with these keys
            (all optional; ``None`` sends none):

            - ``window`` (str): Trailing time window for the classification data.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(TaskClassificationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import classifications_get_task_classifications

        result = classifications_get_task_classifications(core)
    """
    return invoke(core, OPERATION, request, options)


async def classifications_get_task_classifications_async(
    core: OpenRouterCore,
    request: ClassificationsGetTaskClassificationsRequest
    | ClassificationsGetTaskClassificationsRequestDict
    | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[TaskClassificationResponse, ClassificationsGetTaskClassificationsError]:
    """Returns the market-share breakdown of OpenRouter traffic by task classification (e.g. code generation, web search, summarization) over a trailing time window.

    ``GET /classifications/task``: Task classification market share.

    Each classification reports its share of classified sampled requests (`usage_share`) and
    classified sampled token volume (`token_share`) as fractions between 0 and 1. The
    unclassified `other` bucket is excluded. Absolute volumes are not exposed because the
    underlying data is sampled. Each classification also includes a `models` array listing
    the top models by request volume within that classification, with their within-tag usage
    and token shares. Classifications are grouped into macro-categories (Code, Data, Agent,
    General) with aggregate shares provided for each. Authenticate with any valid OpenRouter
    API key (same key used for inference). Rate-limited to 30 requests/minute per key and
    500 requests/day per account. When republishing or quoting this data, cite as: "Source:
    OpenRouter (openrouter.ai/rankings), as of {as_of}.\"

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ClassificationsGetTaskClassificationsRequest`` or a dict with these keys
            (all optional; ``None`` sends none):

            - ``window`` (str): Trailing time window for the classification data.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(TaskClassificationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import classifications_get_task_classifications_async

        result = await classifications_get_task_classifications_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
