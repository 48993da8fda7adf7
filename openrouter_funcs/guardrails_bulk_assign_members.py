# Generated from the OpenRouter OpenAPI spec (bulkAssignMembersToGuardrail) by `python -m codegen`; do not edit.
"""Bulk assign members to a guardrail: ``POST /guardrails/{id}/assignments/members``.

Assign multiple organization members to a specific guardrail. Management key required.
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
    BadRequestResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.bulk_assign_members_request import BulkAssignMembersRequest
from openrouter_core.models.bulk_assign_members_response import BulkAssignMembersResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "BulkAssignMembersRequest",
    "BulkAssignMembersResponse",
    "GuardrailsBulkAssignMembersError",
    "GuardrailsBulkAssignMembersRequest",
    "GuardrailsBulkAssignMembersRequestDict",
    "guardrails_bulk_assign_members",
    "guardrails_bulk_assign_members_async",
]


@attrs.frozen(kw_only=True)
class GuardrailsBulkAssignMembersRequest:
    """The parameters and JSON body of ``POST /guardrails/{id}/assignments/members``.

    - ``body`` (BulkAssignMembersRequest): the JSON body; its fields are listed in
      ``help(guardrails_bulk_assign_members)``.
    - ``id`` (str): The unique identifier of the guardrail.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: BulkAssignMembersRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """The unique identifier of the guardrail."""
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
        body: BulkAssignMembersRequest,
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
                "GuardrailsBulkAssignMembersRequest",
                self.body,
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class GuardrailsBulkAssignMembersRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    member_user_ids: Required[list[str]]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
GuardrailsBulkAssignMembersError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[GuardrailsBulkAssignMembersRequest, BulkAssignMembersResponse] = Operation(
    operation_id="bulkAssignMembersToGuardrail",
    method="POST",
    path="/guardrails/{id}/assignments/members",
    request_type=GuardrailsBulkAssignMembersRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(BulkAssignMembersRequest),
    responses=(
        ok(200, BulkAssignMembersResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def guardrails_bulk_assign_members(
    core: OpenRouterCore,
    request: GuardrailsBulkAssignMembersRequest | GuardrailsBulkAssignMembersRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BulkAssignMembersResponse, GuardrailsBulkAssignMembersError]:
    """Assign multiple organization members to a specific guardrail.

    ``POST /guardrails/{id}/assignments/members``: Bulk assign members to a guardrail.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``GuardrailsBulkAssignMembersRequest`` or a dict with these keys:

            - ``id`` (str, required): The unique identifier of the guardrail.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``member_user_ids`` (list[str], required): Array of member user IDs to assign
              to the guardrail.
            The class takes the body as ``body=BulkAssignMembersRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BulkAssignMembersResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import guardrails_bulk_assign_members

        result = guardrails_bulk_assign_members(core, {
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "member_user_ids": ["user_abc123", "user_def456"],
        })
    """
    return invoke(core, OPERATION, request, options)


async def guardrails_bulk_assign_members_async(
    core: OpenRouterCore,
    request: GuardrailsBulkAssignMembersRequest | GuardrailsBulkAssignMembersRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BulkAssignMembersResponse, GuardrailsBulkAssignMembersError]:
    """Assign multiple organization members to a specific guardrail.

    ``POST /guardrails/{id}/assignments/members``: Bulk assign members to a guardrail.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``GuardrailsBulkAssignMembersRequest`` or a dict with these keys:

            - ``id`` (str, required): The unique identifier of the guardrail.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``member_user_ids`` (list[str], required): Array of member user IDs to assign
              to the guardrail.
            The class takes the body as ``body=BulkAssignMembersRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BulkAssignMembersResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import guardrails_bulk_assign_members_async

        result = await guardrails_bulk_assign_members_async(core, {
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "member_user_ids": ["user_abc123", "user_def456"],
        })
    """
    return await invoke_async(core, OPERATION, request, options)
