# Generated from the OpenRouter OpenAPI spec (updateScimGroupMapping) by `python -m codegen`; do not edit.
"""Update a SCIM group mapping: ``PATCH /scim/group-mappings/{id}``.

Update a SCIM group mapping role. Management key required.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
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
    """The parameters and JSON body of ``PATCH /scim/group-mappings/{id}``."""

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


class ScimUpdateRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    role: Required[Literal["admin", "member"] | str]
    extra_fields: dict[str, Any]


ScimUpdateError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | NotFoundResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

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
    options: RequestOptions | None = None,
) -> Result[UpdateScimGroupMappingResponse, ScimUpdateError]:
    """Update a SCIM group mapping role."""
    return invoke(core, OPERATION, request, options)


async def scim_update_async(
    core: OpenRouterCore,
    request: ScimUpdateRequest | ScimUpdateRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[UpdateScimGroupMappingResponse, ScimUpdateError]:
    """Update a SCIM group mapping role."""
    return await invoke_async(core, OPERATION, request, options)
