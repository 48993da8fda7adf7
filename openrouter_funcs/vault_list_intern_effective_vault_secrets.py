# Generated from the OpenRouter OpenAPI spec (listInternEffectiveVaultSecrets) by `python -m codegen`; do not edit.
"""List the secrets an intern receives: ``GET /vault/interns/{internId}/effective-secrets``.

Lists, one entry per name, the secret the intern's outbound requests receive: its own secrets,
secrets from an attached vault, and workspace secrets, including ones stored before
workspace-scoped storage. Where several vaults hold a name, the entry is the one that wins, in
the order intern, attached, workspace. The same resolution decides what outbound requests
receive, so this list and the intern's requests agree. `scope` says which vault the entry comes
from. Responses carry metadata only, never values. Results are ordered by name and paginated
with `limit` and `offset`. Returns 404 when the intern's attached vault is no longer available,
since the intern then receives no secrets. The scope is selected by the API key: workspace
routes act on the key's active workspace and intern routes act on one intern inside that
workspace. There is no default workspace and no fallback to another scope. Every vault route,
including reads, requires access to the Intern API programme and returns 404 outside it. An
intern's own API key is confined to that intern: it can always read the intern's secrets and
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
from openrouter_core._operation import Operation, fails, header, ok, path, query
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
from openrouter_core.models.vault_effective_secret_list_response import (
    VaultEffectiveSecretListResponse,
)

__all__ = [
    "ListInternEffectiveVaultSecretsError",
    "ListInternEffectiveVaultSecretsRequest",
    "VaultEffectiveSecretListResponse",
    "vault_list_intern_effective_vault_secrets",
    "vault_list_intern_effective_vault_secrets_async",
]


@attrs.frozen(kw_only=True)
class ListInternEffectiveVaultSecretsRequest:
    """The parameters of ``GET /vault/interns/{internId}/effective-secrets``."""

    intern_id: str = attrs.field(metadata={"wire": "internId"})
    """UUID of an intern in the workspace selected by the API key."""
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
ListInternEffectiveVaultSecretsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ListInternEffectiveVaultSecretsRequest, VaultEffectiveSecretListResponse] = (
    Operation(
        operation_id="listInternEffectiveVaultSecrets",
        method="GET",
        path="/vault/interns/{internId}/effective-secrets",
        request_type=ListInternEffectiveVaultSecretsRequest,
        params=(
            path("intern_id", "internId"),
            query("limit", "limit"),
            query("offset", "offset"),
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        responses=(
            ok(200, VaultEffectiveSecretListResponse),
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
)


def vault_list_intern_effective_vault_secrets(
    core: OpenRouterCore,
    request: ListInternEffectiveVaultSecretsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultEffectiveSecretListResponse, ListInternEffectiveVaultSecretsError]:
    """Lists, one entry per name, the secret the intern's outbound requests receive: its own secrets, secrets from an attached vault, and workspace secrets, including ones stored before workspace-scoped storage."""
    return invoke(core, OPERATION, request, options)


async def vault_list_intern_effective_vault_secrets_async(
    core: OpenRouterCore,
    request: ListInternEffectiveVaultSecretsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultEffectiveSecretListResponse, ListInternEffectiveVaultSecretsError]:
    """Lists, one entry per name, the secret the intern's outbound requests receive: its own secrets, secrets from an attached vault, and workspace secrets, including ones stored before workspace-scoped storage."""
    return await invoke_async(core, OPERATION, request, options)
