# Generated from the OpenRouter OpenAPI spec (deleteScimGroupMapping) by `python -m codegen`; do not edit.
"""Delete a SCIM group mapping: ``DELETE /scim/group-mappings/{id}``.

Delete a SCIM group-to-workspace mapping. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
from openrouter_core.models.scim_delete_keep_members import ScimDeleteKeepMembers

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.scim_delete_keep_members import ScimDeleteKeepMembersDict

__all__ = [
    "DeleteScimGroupMappingResponse",
    "ScimDeleteError",
    "ScimDeleteRequest",
    "ScimDeleteRequestDict",
    "scim_delete",
    "scim_delete_async",
]


@attrs.frozen(kw_only=True)
class ScimDeleteRequest:
    """The parameters of ``DELETE /scim/group-mappings/{id}``.

    - ``id`` (str)
    - ``keep_members`` (ScimDeleteKeepMembers): Required. Whether to keep workspace members
      after deleting the mapping.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    id: str = attrs.field(metadata={"wire": "id"})
    keep_members: ScimDeleteKeepMembers = attrs.field(metadata={"wire": "keep_members"})
    """Required. Whether to keep workspace members after deleting the mapping."""
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
        id: str,
        keep_members: ScimDeleteKeepMembers,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("keep_members", keep_members)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"keep_members={self.keep_members!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.id,
            self.keep_members,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.id,
            other.keep_members,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ScimDeleteRequest",
                self.id,
                self.keep_members,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ScimDeleteRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    keep_members: Required[ScimDeleteKeepMembersDict]
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ScimDeleteError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ScimDeleteRequest, DeleteScimGroupMappingResponse] = Operation(
    operation_id="deleteScimGroupMapping",
    method="DELETE",
    path="/scim/group-mappings/{id}",
    request_type=ScimDeleteRequest,
    params=(
        path("id", "id"),
        query("keep_members", "keep_members"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, DeleteScimGroupMappingResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def scim_delete(
    core: OpenRouterCore,
    request: ScimDeleteRequest | ScimDeleteRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[DeleteScimGroupMappingResponse, ScimDeleteError]:
    """Delete a SCIM group-to-workspace mapping.

    ``DELETE /scim/group-mappings/{id}``: Delete a SCIM group mapping.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ScimDeleteRequest`` or a dict with these keys:

            - ``id`` (str, required)
            - ``keep_members`` (ScimDeleteKeepMembers, required): Required. Whether to keep
              workspace members after deleting the mapping.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(DeleteScimGroupMappingResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import scim_delete

        result = scim_delete(core,
            {"id": "00000000-0000-4000-8000-000000000000", "keep_members": False},
        )
    """
    return invoke(core, OPERATION, request, options)


async def scim_delete_async(
    core: OpenRouterCore,
    request: ScimDeleteRequest | ScimDeleteRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[DeleteScimGroupMappingResponse, ScimDeleteError]:
    """Delete a SCIM group-to-workspace mapping.

    ``DELETE /scim/group-mappings/{id}``: Delete a SCIM group mapping.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ScimDeleteRequest`` or a dict with these keys:

            - ``id`` (str, required)
            - ``keep_members`` (ScimDeleteKeepMembers, required): Required. Whether to keep
              workspace members after deleting the mapping.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(DeleteScimGroupMappingResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import scim_delete_async

        result = await scim_delete_async(core,
            {"id": "00000000-0000-4000-8000-000000000000", "keep_members": False},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
