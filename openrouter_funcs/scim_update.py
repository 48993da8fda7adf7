# Generated from the OpenRouter OpenAPI spec (updateScimGroupMapping) by `python -m codegen`; do not edit.
"""Update a SCIM group mapping: ``PATCH /scim/group-mappings/{id}``.

Update a SCIM group mapping role. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

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
from openrouter_core.models.update_scim_group_mapping_request import UpdateScimGroupMappingRequest
from openrouter_core.models.update_scim_group_mapping_response import UpdateScimGroupMappingResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ScimUpdateError",
    "ScimUpdateRequest",
    "ScimUpdateRequestDict",
    "UpdateScimGroupMappingRequest",
    "UpdateScimGroupMappingResponse",
    "scim_update",
    "scim_update_async",
]


@attrs.frozen(kw_only=True)
class ScimUpdateRequest:
    """The parameters and JSON body of ``PATCH /scim/group-mappings/{id}``.

    - ``body`` (UpdateScimGroupMappingRequest): the JSON body; its fields are listed in
      ``help(scim_update)``.
    - ``id`` (str)
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: UpdateScimGroupMappingRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
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
        body: UpdateScimGroupMappingRequest,
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
                "ScimUpdateRequest",
                self.body,
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ScimUpdateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    role: Required[Literal["admin", "member"] | str]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ScimUpdateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ScimUpdateRequest, UpdateScimGroupMappingResponse] = Operation(
    operation_id="updateScimGroupMapping",
    method="PATCH",
    path="/scim/group-mappings/{id}",
    request_type=ScimUpdateRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(UpdateScimGroupMappingRequest),
    responses=(
        ok(200, UpdateScimGroupMappingResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def scim_update(
    core: OpenRouterCore,
    request: ScimUpdateRequest | ScimUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateScimGroupMappingResponse, ScimUpdateError]:
    """Update a SCIM group mapping role.

    ``PATCH /scim/group-mappings/{id}``: Update a SCIM group mapping.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ScimUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required)
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``role`` (str, required): Known values: ``"admin"``, ``"member"``.
            The class takes the body as ``body=UpdateScimGroupMappingRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateScimGroupMappingResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import scim_update

        result = scim_update(core,
            {"id": "00000000-0000-4000-8000-000000000000", "role": "admin"},
        )
    """
    return invoke(core, OPERATION, request, options)


async def scim_update_async(
    core: OpenRouterCore,
    request: ScimUpdateRequest | ScimUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateScimGroupMappingResponse, ScimUpdateError]:
    """Update a SCIM group mapping role.

    ``PATCH /scim/group-mappings/{id}``: Update a SCIM group mapping.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ScimUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required)
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``role`` (str, required): Known values: ``"admin"``, ``"member"``.
            The class takes the body as ``body=UpdateScimGroupMappingRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateScimGroupMappingResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import scim_update_async

        result = await scim_update_async(core,
            {"id": "00000000-0000-4000-8000-000000000000", "role": "admin"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
