# Generated from the OpenRouter OpenAPI spec (updateOrganizationSettings) by `python -m codegen`; do not edit.
"""Update organization settings: ``PATCH /organization/settings``.

Update the settings of the organization associated with the authenticated management key.
Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.update_organization_settings_request import (
    UpdateOrganizationSettingsRequest,
)
from openrouter_core.models.update_organization_settings_response import (
    UpdateOrganizationSettingsResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OrganizationUpdateSettingsError",
    "OrganizationUpdateSettingsRequest",
    "OrganizationUpdateSettingsRequestDict",
    "UpdateOrganizationSettingsRequest",
    "UpdateOrganizationSettingsResponse",
    "organization_update_settings",
    "organization_update_settings_async",
]


@attrs.frozen(kw_only=True)
class OrganizationUpdateSettingsRequest:
    """The parameters and JSON body of ``PATCH /organization/settings``.

    - ``body`` (UpdateOrganizationSettingsRequest): the JSON body; its fields are listed in
      ``help(organization_update_settings)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: UpdateOrganizationSettingsRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
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
        body: UpdateOrganizationSettingsRequest,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OrganizationUpdateSettingsRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class OrganizationUpdateSettingsRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    is_filtered_model_catalog_enabled: Required[bool]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
OrganizationUpdateSettingsError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[OrganizationUpdateSettingsRequest, UpdateOrganizationSettingsResponse] = (
    Operation(
        operation_id="updateOrganizationSettings",
        method="PATCH",
        path="/organization/settings",
        request_type=OrganizationUpdateSettingsRequest,
        params=(
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(UpdateOrganizationSettingsRequest),
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
    request: OrganizationUpdateSettingsRequest | OrganizationUpdateSettingsRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateOrganizationSettingsResponse, OrganizationUpdateSettingsError]:
    """Update the settings of the organization associated with the authenticated management key.

    ``PATCH /organization/settings``: Update organization settings.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OrganizationUpdateSettingsRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``is_filtered_model_catalog_enabled`` (bool, required): When true, `GET
              /api/v1/models` called with one of the organization's API keys returns only
              the models that key can use (the `/api/v1/models/user` catalog), and the
              signed-in dashboard shows the same list.
            The class takes the body as ``body=UpdateOrganizationSettingsRequest(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateOrganizationSettingsResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import organization_update_settings

        result = organization_update_settings(core,
            {"is_filtered_model_catalog_enabled": False},
        )
    """
    return invoke(core, OPERATION, request, options)


async def organization_update_settings_async(
    core: OpenRouterCore,
    request: OrganizationUpdateSettingsRequest | OrganizationUpdateSettingsRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateOrganizationSettingsResponse, OrganizationUpdateSettingsError]:
    """Update the settings of the organization associated with the authenticated management key.

    ``PATCH /organization/settings``: Update organization settings.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OrganizationUpdateSettingsRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``is_filtered_model_catalog_enabled`` (bool, required): When true, `GET
              /api/v1/models` called with one of the organization's API keys returns only
              the models that key can use (the `/api/v1/models/user` catalog), and the
              signed-in dashboard shows the same list.
            The class takes the body as ``body=UpdateOrganizationSettingsRequest(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateOrganizationSettingsResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import organization_update_settings_async

        result = await organization_update_settings_async(core,
            {"is_filtered_model_catalog_enabled": False},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
