# Generated from the OpenRouter OpenAPI spec (listVaultSecrets) by `python -m codegen`; do not edit.
"""List workspace secrets: ``GET /vault/secrets``.

Lists secret metadata for the workspace of the authenticated API key. The list includes secrets
stored from the dashboard or at provisioning before workspace-scoped storage; where both exist
under one name, the one stored through this API is listed. Those older secrets cannot be deleted
or copied through this API, and storing the same name through this API replaces them. Responses
contain names, bound hosts, fingerprints and creation times, never secret values. Results are
ordered by name and paginated with `limit` and `offset`. The scope is selected by the API key:
workspace routes act on the key's active workspace and intern routes act on one intern inside
that workspace. There is no default workspace and no fallback to another scope. Every vault
route, including reads, requires access to the Intern API programme and returns 404 outside it.
An intern's own API key is confined to that intern: it can always read the intern's secrets and
effective secrets, writes to them follow the rules above, and every other intern and every
workspace route answers 404. Requests on regional hostnames such as `eu.openrouter.ai` are
refused. API key required.

If set, this operation will use `api_key` from the global security.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    RequestTimeoutResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.vault_secret_list_response import VaultSecretListResponse

__all__ = [
    "VaultListVaultSecretsError",
    "VaultListVaultSecretsRequest",
    "VaultListVaultSecretsRequestDict",
    "VaultSecretListResponse",
    "vault_list_vault_secrets",
    "vault_list_vault_secrets_async",
]


@attrs.frozen(kw_only=True)
class VaultListVaultSecretsRequest:
    """The parameters of ``GET /vault/secrets``.

    - ``limit`` (int, optional): Page size, 1 to 100. Defaults to 100.
    - ``offset`` (int, optional): Number of secrets to skip, 0 to 10000. Defaults to 0.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Page size, 1 to 100. Defaults to 100."""
    offset: int | None = attrs.field(default=None, metadata={"wire": "offset"})
    """Number of secrets to skip, 0 to 10000. Defaults to 0."""
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
        limit: int | None = None,
        offset: int | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("limit", limit)
        _setattr("offset", offset)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"limit={self.limit!r}, "
            f"offset={self.offset!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.limit,
            self.offset,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (other.limit, other.offset, other.http_referer, other.app_title, other.app_categories)

    def __hash__(self) -> int:
        return hash(
            (
                "VaultListVaultSecretsRequest",
                self.limit,
                self.offset,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class VaultListVaultSecretsRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    limit: int
    offset: int
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
VaultListVaultSecretsError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[VaultListVaultSecretsRequest, VaultSecretListResponse] = Operation(
    operation_id="listVaultSecrets",
    method="GET",
    path="/vault/secrets",
    request_type=VaultListVaultSecretsRequest,
    params=(
        query("limit", "limit"),
        query("offset", "offset"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, VaultSecretListResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(RequestTimeoutResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
    ),
)


def vault_list_vault_secrets(
    core: OpenRouterCore,
    request: VaultListVaultSecretsRequest | VaultListVaultSecretsRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultSecretListResponse, VaultListVaultSecretsError]:
    """Lists secret metadata for the workspace of the authenticated API key.

    ``GET /vault/secrets``: List workspace secrets.

    The list includes secrets stored from the dashboard or at provisioning before
    workspace-scoped storage; where both exist under one name, the one stored through this
    API is listed. Those older secrets cannot be deleted or copied through this API, and
    storing the same name through this API replaces them. Responses contain names, bound
    hosts, fingerprints and creation times, never secret values. Results are ordered by name
    and paginated with `limit` and `offset`. The scope is selected by the API key: workspace
    routes act on the key's active workspace and intern routes act on one intern inside that
    workspace. There is no default workspace and no fallback to another scope. Every vault
    route, including reads, requires access to the Intern API programme and returns 404
    outside it. An intern's own API key is confined to that intern: it can always read the
    intern's secrets and effective secrets, writes to them follow the rules above, and every
    other intern and every workspace route answers 404. Requests on regional hostnames such
    as `eu.openrouter.ai` are refused. API key required. If set, this operation will use
    `api_key` from the global security.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VaultListVaultSecretsRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``limit`` (int): Page size, 1 to 100. Defaults to 100.
            - ``offset`` (int): Number of secrets to skip, 0 to 10000. Defaults to 0.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(VaultSecretListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import vault_list_vault_secrets

        result = vault_list_vault_secrets(core)
    """
    return invoke(core, OPERATION, request, options)


async def vault_list_vault_secrets_async(
    core: OpenRouterCore,
    request: VaultListVaultSecretsRequest | VaultListVaultSecretsRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultSecretListResponse, VaultListVaultSecretsError]:
    """Lists secret metadata for the workspace of the authenticated API key.

    ``GET /vault/secrets``: List workspace secrets.

    The list includes secrets stored from the dashboard or at provisioning before
    workspace-scoped storage; where both exist under one name, the one stored through this
    API is listed. Those older secrets cannot be deleted or copied through this API, and
    storing the same name through this API replaces them. Responses contain names, bound
    hosts, fingerprints and creation times, never secret values. Results are ordered by name
    and paginated with `limit` and `offset`. The scope is selected by the API key: workspace
    routes act on the key's active workspace and intern routes act on one intern inside that
    workspace. There is no default workspace and no fallback to another scope. Every vault
    route, including reads, requires access to the Intern API programme and returns 404
    outside it. An intern's own API key is confined to that intern: it can always read the
    intern's secrets and effective secrets, writes to them follow the rules above, and every
    other intern and every workspace route answers 404. Requests on regional hostnames such
    as `eu.openrouter.ai` are refused. API key required. If set, this operation will use
    `api_key` from the global security.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VaultListVaultSecretsRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``limit`` (int): Page size, 1 to 100. Defaults to 100.
            - ``offset`` (int): Number of secrets to skip, 0 to 10000. Defaults to 0.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(VaultSecretListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import vault_list_vault_secrets_async

        result = await vault_list_vault_secrets_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
