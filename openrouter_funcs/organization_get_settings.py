# Generated from the OpenRouter OpenAPI spec (getOrganizationSettings) by `python -m codegen`; do not edit.
"""Get organization settings: ``GET /organization/settings``.

Get the settings of the organization associated with the authenticated management key.
Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.get_organization_settings_response import (
    GetOrganizationSettingsResponse,
)

__all__ = [
    "GetOrganizationSettingsError",
    "GetOrganizationSettingsRequest",
    "GetOrganizationSettingsResponse",
    "organization_get_settings",
    "organization_get_settings_async",
]


@attrs.frozen(kw_only=True)
class GetOrganizationSettingsRequest:
    """The parameters of ``GET /organization/settings``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
GetOrganizationSettingsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GetOrganizationSettingsRequest, GetOrganizationSettingsResponse] = Operation(
    operation_id="getOrganizationSettings",
    method="GET",
    path="/organization/settings",
    request_type=GetOrganizationSettingsRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, GetOrganizationSettingsResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def organization_get_settings(
    core: OpenRouterCore,
    request: GetOrganizationSettingsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[GetOrganizationSettingsResponse, GetOrganizationSettingsError]:
    """Get the settings of the organization associated with the authenticated management key."""
    return invoke(core, OPERATION, request, options)


async def organization_get_settings_async(
    core: OpenRouterCore,
    request: GetOrganizationSettingsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[GetOrganizationSettingsResponse, GetOrganizationSettingsError]:
    """Get the settings of the organization associated with the authenticated management key."""
    return await invoke_async(core, OPERATION, request, options)
