# Generated from the OpenRouter OpenAPI spec (updateWorkspace) by `python -m codegen`; do not edit.
"""Update a workspace: ``PATCH /workspaces/{id}``.

Update an existing workspace by ID or slug. Management key required.
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
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.update_workspace_request import UpdateWorkspaceRequest
from openrouter_core.models.update_workspace_response import UpdateWorkspaceResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "UpdateWorkspaceRequest",
    "UpdateWorkspaceResponse",
    "WorkspacesUpdateError",
    "WorkspacesUpdateRequest",
    "WorkspacesUpdateRequestDict",
    "workspaces_update",
    "workspaces_update_async",
]


@attrs.frozen(kw_only=True)
class WorkspacesUpdateRequest:
    """The parameters and JSON body of ``PATCH /workspaces/{id}``.

    - ``body`` (UpdateWorkspaceRequest): the JSON body; its fields are listed in
      ``help(workspaces_update)``.
    - ``id`` (str): The workspace ID (UUID) or slug.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: UpdateWorkspaceRequest = attrs.field(factory=UpdateWorkspaceRequest)
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """The workspace ID (UUID) or slug."""
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
        body: UpdateWorkspaceRequest | attrs.NothingType = attrs.NOTHING,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", UpdateWorkspaceRequest() if body is attrs.NOTHING else body)
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
                "WorkspacesUpdateRequest",
                self.body,
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class WorkspacesUpdateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    default_image_model: str | None
    default_provider_sort: str | None
    default_text_model: str | None
    description: str | None
    io_logging_api_key_ids: list[int] | None
    io_logging_sampling_rate: float | None
    is_data_discount_logging_enabled: bool | None
    is_observability_broadcast_enabled: bool | None
    is_observability_io_logging_enabled: bool | None
    name: str | None
    slug: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
WorkspacesUpdateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[WorkspacesUpdateRequest, UpdateWorkspaceResponse] = Operation(
    operation_id="updateWorkspace",
    method="PATCH",
    path="/workspaces/{id}",
    request_type=WorkspacesUpdateRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(UpdateWorkspaceRequest),
    responses=(
        ok(200, UpdateWorkspaceResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def workspaces_update(
    core: OpenRouterCore,
    request: WorkspacesUpdateRequest | WorkspacesUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateWorkspaceResponse, WorkspacesUpdateError]:
    """Update an existing workspace by ID or slug.

    ``PATCH /workspaces/{id}``: Update a workspace.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``WorkspacesUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required): The workspace ID (UUID) or slug.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``default_image_model`` (str): Default image model for this workspace.
            - ``default_provider_sort`` (str): Default provider sort preference (price,
              throughput, latency, exacto).
            - ``default_text_model`` (str): Default text model for this workspace.
            - ``description`` (str): New description for the workspace.
            - ``io_logging_api_key_ids`` (list[int]): Optional array of API key IDs to
              filter I/O logging.
            - ``io_logging_sampling_rate`` (float): Sampling rate for I/O logging
              (0.0001-1).
            - ``is_data_discount_logging_enabled`` (bool): Whether data discount logging is
              enabled.
            - ``is_observability_broadcast_enabled`` (bool): Whether broadcast is enabled.
            - ``is_observability_io_logging_enabled`` (bool): Whether private logging is
              enabled.
            - ``name`` (str): New name for the workspace.
            - ``slug`` (str): New URL-friendly slug (lowercase alphanumeric segments
              separated by single hyphens, no leading/trailing hyphens).
            The class takes the body as ``body=UpdateWorkspaceRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateWorkspaceResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import workspaces_update

        result = workspaces_update(core, {"id": "production"})
    """
    return invoke(core, OPERATION, request, options)


async def workspaces_update_async(
    core: OpenRouterCore,
    request: WorkspacesUpdateRequest | WorkspacesUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateWorkspaceResponse, WorkspacesUpdateError]:
    """Update an existing workspace by ID or slug.

    ``PATCH /workspaces/{id}``: Update a workspace.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``WorkspacesUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required): The workspace ID (UUID) or slug.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``default_image_model`` (str): Default image model for this workspace.
            - ``default_provider_sort`` (str): Default provider sort preference (price,
              throughput, latency, exacto).
            - ``default_text_model`` (str): Default text model for this workspace.
            - ``description`` (str): New description for the workspace.
            - ``io_logging_api_key_ids`` (list[int]): Optional array of API key IDs to
              filter I/O logging.
            - ``io_logging_sampling_rate`` (float): Sampling rate for I/O logging
              (0.0001-1).
            - ``is_data_discount_logging_enabled`` (bool): Whether data discount logging is
              enabled.
            - ``is_observability_broadcast_enabled`` (bool): Whether broadcast is enabled.
            - ``is_observability_io_logging_enabled`` (bool): Whether private logging is
              enabled.
            - ``name`` (str): New name for the workspace.
            - ``slug`` (str): New URL-friendly slug (lowercase alphanumeric segments
              separated by single hyphens, no leading/trailing hyphens).
            The class takes the body as ``body=UpdateWorkspaceRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateWorkspaceResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import workspaces_update_async

        result = await workspaces_update_async(core, {"id": "production"})
    """
    return await invoke_async(core, OPERATION, request, options)
