# Generated from the OpenRouter OpenAPI spec (updateOrganizationSettings) by `python -m codegen`; do not edit.
"""Update organization settings: ``PATCH /organization/settings``.

Update the settings of the organization associated with the authenticated management key.
Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.update_organization_settings_response import (
    UpdateOrganizationSettingsResponse,
)

__all__ = [
    "UpdateOrganizationSettingsError",
    "UpdateOrganizationSettingsRequest",
    "UpdateOrganizationSettingsResponse",
    "organization_update_settings",
    "organization_update_settings_async",
]


@attrs.frozen(kw_only=True)
class UpdateOrganizationSettingsRequest:
    """The parameters and JSON body of ``PATCH /organization/settings``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    is_filtered_model_catalog_enabled: bool
    """When true, `GET /api/v1/models` called with one of the organization's API keys returns only the models that key can use (the `/api/v1/models/user` catalog), and the signed-in dashboard shows the same list."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
UpdateOrganizationSettingsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[UpdateOrganizationSettingsRequest, UpdateOrganizationSettingsResponse] = (
    Operation(
        operation_id="updateOrganizationSettings",
        method="PATCH",
        path="/organization/settings",
        request_type=UpdateOrganizationSettingsRequest,
        params=(
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=JSON_BODY,
        responses=(
            ok(200, UpdateOrganizationSettingsResponse),
            fails(BadRequestResponseError),
            fails(UnauthorizedResponseError),
            fails(ForbiddenResponseError),
            fails(NotFoundResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def organization_update_settings(
    core: OpenRouterCore,
    request: UpdateOrganizationSettingsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateOrganizationSettingsResponse, UpdateOrganizationSettingsError]:
    """Update the settings of the organization associated with the authenticated management key."""
    return invoke(core, OPERATION, request, options)


async def organization_update_settings_async(
    core: OpenRouterCore,
    request: UpdateOrganizationSettingsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateOrganizationSettingsResponse, UpdateOrganizationSettingsError]:
    """Update the settings of the organization associated with the authenticated management key."""
    return await invoke_async(core, OPERATION, request, options)
