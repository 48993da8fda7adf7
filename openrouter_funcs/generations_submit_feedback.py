# Generated from the OpenRouter OpenAPI spec (submitGenerationFeedback) by `python -m codegen`; do not edit.
"""Submit feedback for a generation: ``POST /generation/feedback``.

Submit structured feedback on a generation the authenticated user made. Management key required.
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
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.submit_generation_feedback_request import (
    SubmitGenerationFeedbackRequest,
)
from openrouter_core.models.submit_generation_feedback_response import (
    SubmitGenerationFeedbackResponse,
    SubmitGenerationFeedbackResponseData,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "GenerationsSubmitFeedbackError",
    "GenerationsSubmitFeedbackRequest",
    "GenerationsSubmitFeedbackRequestDict",
    "SubmitGenerationFeedbackRequest",
    "SubmitGenerationFeedbackResponse",
    "SubmitGenerationFeedbackResponseData",
    "generations_submit_feedback",
    "generations_submit_feedback_async",
]


@attrs.frozen(kw_only=True)
class GenerationsSubmitFeedbackRequest:
    """The parameters and JSON body of ``POST /generation/feedback``.

    - ``body`` (SubmitGenerationFeedbackRequest): the JSON body; its fields are listed in
      ``help(generations_submit_feedback)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: SubmitGenerationFeedbackRequest
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
        body: SubmitGenerationFeedbackRequest,
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
                "GenerationsSubmitFeedbackRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class GenerationsSubmitFeedbackRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    category: Required[
        Literal[
            "latency",
            "incoherence",
            "incorrect_response",
            "formatting",
            "billing",
            "api_error",
            "other",
        ]
        | str
    ]
    comment: str | None
    generation_id: Required[str]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
GenerationsSubmitFeedbackError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[GenerationsSubmitFeedbackRequest, SubmitGenerationFeedbackResponse] = (
    Operation(
        operation_id="submitGenerationFeedback",
        method="POST",
        path="/generation/feedback",
        request_type=GenerationsSubmitFeedbackRequest,
        params=(
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(SubmitGenerationFeedbackRequest),
        responses=(
            ok(200, SubmitGenerationFeedbackResponse),
            fails(BadRequestResponseError),
            fails(UnauthorizedResponseError),
            fails(NotFoundResponseError),
            fails(TooManyRequestsResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def generations_submit_feedback(
    core: OpenRouterCore,
    request: GenerationsSubmitFeedbackRequest | GenerationsSubmitFeedbackRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[SubmitGenerationFeedbackResponse, GenerationsSubmitFeedbackError]:
    """Submit structured feedback on a generation the authenticated user made.

    ``POST /generation/feedback``: Submit feedback for a generation.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``GenerationsSubmitFeedbackRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``category`` (str, required): The category of feedback being reported. Known
              values: ``"latency"``, ``"incoherence"``, ``"incorrect_response"``,
              ``"formatting"``, ``"billing"``, ``"api_error"``, ``"other"``.
            - ``comment`` (str): An optional free-text comment describing the feedback.
            - ``generation_id`` (str, required): The generation to submit feedback on.
            The class takes the body as ``body=SubmitGenerationFeedbackRequest(...)``; keys
            it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(SubmitGenerationFeedbackResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import generations_submit_feedback

        result = generations_submit_feedback(core, {
            "category": "incorrect_response",
            "generation_id": "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG",
        })
    """
    return invoke(core, OPERATION, request, options)


async def generations_submit_feedback_async(
    core: OpenRouterCore,
    request: GenerationsSubmitFeedbackRequest | GenerationsSubmitFeedbackRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[SubmitGenerationFeedbackResponse, GenerationsSubmitFeedbackError]:
    """Submit structured feedback on a generation the authenticated user made.

    ``POST /generation/feedback``: Submit feedback for a generation.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``GenerationsSubmitFeedbackRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``category`` (str, required): The category of feedback being reported. Known
              values: ``"latency"``, ``"incoherence"``, ``"incorrect_response"``,
              ``"formatting"``, ``"billing"``, ``"api_error"``, ``"other"``.
            - ``comment`` (str): An optional free-text comment describing the feedback.
            - ``generation_id`` (str, required): The generation to submit feedback on.
            The class takes the body as ``body=SubmitGenerationFeedbackRequest(...)``; keys
            it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(SubmitGenerationFeedbackResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import generations_submit_feedback_async

        result = await generations_submit_feedback_async(core, {
            "category": "incorrect_response",
            "generation_id": "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG",
        })
    """
    return await invoke_async(core, OPERATION, request, options)
