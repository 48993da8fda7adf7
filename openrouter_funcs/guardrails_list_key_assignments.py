# Generated from the OpenRouter OpenAPI spec (listKeyAssignments) by `python -m codegen`; do not edit.
"""List all key assignments: ``GET /guardrails/assignments/keys``.

List all API key guardrail assignments for the authenticated user. Management key required.
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
    InternalServerResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.list_key_assignments_response import ListKeyAssignmentsResponse

__all__ = [
    "GuardrailsListKeyAssignmentsError",
    "GuardrailsListKeyAssignmentsRequest",
    "GuardrailsListKeyAssignmentsRequestDict",
    "ListKeyAssignmentsResponse",
    "guardrails_list_key_assignments",
    "guardrails_list_key_assignments_async",
]


@attrs.frozen(kw_only=True)
class GuardrailsListKeyAssignmentsRequest:
    """The parameters of ``GET /guardrails/assignments/keys``.

    - ``offset`` (int, optional): Number of records to skip for pagination.
    - ``limit`` (int, optional): Maximum number of records to return (max 100).
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    offset: int | None = attrs.field(default=None, metadata={"wire": "offset"})
    """Number of records to skip for pagination."""
    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of records to return (max 100)."""
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
        offset: int | None = None,
        limit: int | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("offset", offset)
        _setattr("limit", limit)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"offset={self.offset!r}, "
            f"limit={self.limit!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.offset,
            self.limit,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (other.offset, other.limit, other.http_referer, other.app_title, other.app_categories)

    def __hash__(self) -> int:
        return hash(
            (
                "GuardrailsListKeyAssignmentsRequest",
                self.offset,
                self.limit,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class GuardrailsListKeyAssignmentsRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    offset: int
    limit: int
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
GuardrailsListKeyAssignmentsError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[GuardrailsListKeyAssignmentsRequest, ListKeyAssignmentsResponse] = Operation(
    operation_id="listKeyAssignments",
    method="GET",
    path="/guardrails/assignments/keys",
    request_type=GuardrailsListKeyAssignmentsRequest,
    params=(
        query("offset", "offset"),
        query("limit", "limit"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListKeyAssignmentsResponse),
        fails(UnauthorizedResponseError),
        fails(InternalServerResponseError),
    ),
)


def guardrails_list_key_assignments(
    core: OpenRouterCore,
    request: GuardrailsListKeyAssignmentsRequest
    | GuardrailsListKeyAssignmentsRequestDict
    | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListKeyAssignmentsResponse, GuardrailsListKeyAssignmentsError]:
    """List all API key guardrail assignments for the authenticated user.

    ``GET /guardrails/assignments/keys``: List all key assignments.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``GuardrailsListKeyAssignmentsRequest`` or a dict with these keys (all
            optional; ``None`` sends none):

            - ``offset`` (int): Number of records to skip for pagination.
            - ``limit`` (int): Maximum number of records to return (max 100).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ListKeyAssignmentsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import guardrails_list_key_assignments

        result = guardrails_list_key_assignments(core)
    """
    return invoke(core, OPERATION, request, options)


async def guardrails_list_key_assignments_async(
    core: OpenRouterCore,
    request: GuardrailsListKeyAssignmentsRequest
    | GuardrailsListKeyAssignmentsRequestDict
    | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListKeyAssignmentsResponse, GuardrailsListKeyAssignmentsError]:
    """List all API key guardrail assignments for the authenticated user.

    ``GET /guardrails/assignments/keys``: List all key assignments.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``GuardrailsListKeyAssignmentsRequest`` or a dict with these keys (all
            optional; ``None`` sends none):

            - ``offset`` (int): Number of records to skip for pagination.
            - ``limit`` (int): Maximum number of records to return (max 100).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ListKeyAssignmentsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import guardrails_list_key_assignments_async

        result = await guardrails_list_key_assignments_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
