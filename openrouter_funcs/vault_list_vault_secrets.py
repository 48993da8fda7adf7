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
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadGatewayResponseError,
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    RequestTimeoutResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.vault_secret_list_response import VaultSecretListResponse

__all__ = [
    "ListVaultSecretsError",
    "ListVaultSecretsRequest",
    "VaultSecretListResponse",
    "vault_list_vault_secrets",
    "vault_list_vault_secrets_async",
]


@attrs.frozen(kw_only=True)
class ListVaultSecretsRequest:
    """The parameters of ``GET /vault/secrets``."""

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


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
ListVaultSecretsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ListVaultSecretsRequest, VaultSecretListResponse] = Operation(
    operation_id="listVaultSecrets",
    method="GET",
    path="/vault/secrets",
    request_type=ListVaultSecretsRequest,
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
    request: ListVaultSecretsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultSecretListResponse, ListVaultSecretsError]:
    """Lists secret metadata for the workspace of the authenticated API key."""
    return invoke(core, OPERATION, request, options)


async def vault_list_vault_secrets_async(
    core: OpenRouterCore,
    request: ListVaultSecretsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultSecretListResponse, ListVaultSecretsError]:
    """Lists secret metadata for the workspace of the authenticated API key."""
    return await invoke_async(core, OPERATION, request, options)
