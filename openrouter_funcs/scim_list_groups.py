# Generated from the OpenRouter OpenAPI spec (listScimGroups) by `python -m codegen`; do not edit.
"""List SCIM groups: ``GET /scim/groups``.

List SCIM groups for the organization. Management key required.
"""

from __future__ import annotations

from typing import TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.list_scim_groups_response import ListScimGroupsResponse

__all__ = [
    "ListScimGroupsResponse",
    "ScimListGroupsError",
    "ScimListGroupsRequest",
    "ScimListGroupsRequestDict",
    "scim_list_groups",
    "scim_list_groups_async",
]


@attrs.frozen(kw_only=True)
class ScimListGroupsRequest:
    """The parameters of ``GET /scim/groups``."""

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


class ScimListGroupsRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    offset: int
    limit: int
    http_referer: str
    app_title: str
    app_categories: str


ScimListGroupsError: TypeAlias = (
    UnauthorizedResponseError
    | NotFoundResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ScimListGroupsRequest, ListScimGroupsResponse] = Operation(
    operation_id="listScimGroups",
    method="GET",
    path="/scim/groups",
    request_type=ScimListGroupsRequest,
    params=(
        query("offset", "offset"),
        query("limit", "limit"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListScimGroupsResponse),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def scim_list_groups(
    core: OpenRouterCore,
    request: ScimListGroupsRequest | ScimListGroupsRequestDict | None = None,
    *,
    options: RequestOptions | None = None,
) -> Result[ListScimGroupsResponse, ScimListGroupsError]:
    """List SCIM groups for the organization."""
    return invoke(core, OPERATION, request, options)


async def scim_list_groups_async(
    core: OpenRouterCore,
    request: ScimListGroupsRequest | ScimListGroupsRequestDict | None = None,
    *,
    options: RequestOptions | None = None,
) -> Result[ListScimGroupsResponse, ScimListGroupsError]:
    """List SCIM groups for the organization."""
    return await invoke_async(core, OPERATION, request, options)
