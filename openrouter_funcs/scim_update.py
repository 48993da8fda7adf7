# Generated from the OpenRouter OpenAPI spec (updateScimGroupMapping) by `python -m codegen`; do not edit.
"""Update a SCIM group mapping: ``PATCH /scim/group-mappings/{id}``.

Update a SCIM group mapping role. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.update_scim_group_mapping_response import UpdateScimGroupMappingResponse

__all__ = [
    "UpdateScimGroupMappingError",
    "UpdateScimGroupMappingRequest",
    "UpdateScimGroupMappingResponse",
    "scim_update",
    "scim_update_async",
]


@attrs.frozen(kw_only=True)
class UpdateScimGroupMappingRequest:
    """The parameters and JSON body of ``PATCH /scim/group-mappings/{id}``."""

    id: str = attrs.field(metadata={"wire": "id"})
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    role: str
    """Known values: ``"admin"``, ``"member"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
UpdateScimGroupMappingError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[UpdateScimGroupMappingRequest, UpdateScimGroupMappingResponse] = Operation(
    operation_id="updateScimGroupMapping",
    method="PATCH",
    path="/scim/group-mappings/{id}",
    request_type=UpdateScimGroupMappingRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
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
    request: UpdateScimGroupMappingRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateScimGroupMappingResponse, UpdateScimGroupMappingError]:
    """Update a SCIM group mapping role."""
    return invoke(core, OPERATION, request, options)


async def scim_update_async(
    core: OpenRouterCore,
    request: UpdateScimGroupMappingRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateScimGroupMappingResponse, UpdateScimGroupMappingError]:
    """Update a SCIM group mapping role."""
    return await invoke_async(core, OPERATION, request, options)
