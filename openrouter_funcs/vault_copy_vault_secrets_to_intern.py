# Generated from the OpenRouter OpenAPI spec (copyVaultSecretsToIntern) by `python -m codegen`; do not edit.
"""Copy workspace secrets to an intern: ``POST /vault/interns/{internId}/secrets/copy``.

Copies the named workspace secrets into one intern's scope, replacing any intern secret with the
same name. Each copy keeps the source value and host bindings. Every name must exist in the
workspace scope or the request fails with 404 and nothing is copied. A workspace secret whose
`hosts` is `null` cannot be copied: the request fails with 409 and nothing is copied until that
secret is stored again with hosts. The response carries metadata only. Writes return 503 while
vault writes are disabled for the caller. The scope is selected by the API key: workspace routes
act on the key's active workspace and intern routes act on one intern inside that workspace.
There is no default workspace and no fallback to another scope. Every vault route, including
reads, requires access to the Intern API programme and returns 404 outside it. An intern's own
API key is confined to that intern: it can always read the intern's secrets and effective
secrets, writes to them follow the rules above, and every other intern and every workspace route
answers 404. Requests on regional hostnames such as `eu.openrouter.ai` are refused. API key
required.

If set, this operation will use `api_key` from the global security.
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
    BadGatewayResponseError,
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    PayloadTooLargeResponseError,
    RequestTimeoutResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.vault_secret_copy_response import VaultSecretCopyResponse

__all__ = [
    "CopyVaultSecretsToInternError",
    "CopyVaultSecretsToInternRequest",
    "VaultSecretCopyResponse",
    "vault_copy_vault_secrets_to_intern",
    "vault_copy_vault_secrets_to_intern_async",
]


@attrs.frozen(kw_only=True)
class CopyVaultSecretsToInternRequest:
    """The parameters and JSON body of ``POST /vault/interns/{internId}/secrets/copy``."""

    intern_id: str = attrs.field(metadata={"wire": "internId"})
    """UUID of an intern in the workspace selected by the API key."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    names: list[str]
    """Names of workspace secrets to copy, 1 to 100 unique entries."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CopyVaultSecretsToInternError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CopyVaultSecretsToInternRequest, VaultSecretCopyResponse] = Operation(
    operation_id="copyVaultSecretsToIntern",
    method="POST",
    path="/vault/interns/{internId}/secrets/copy",
    request_type=CopyVaultSecretsToInternRequest,
    params=(
        path("intern_id", "internId"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, VaultSecretCopyResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(RequestTimeoutResponseError),
        fails(ConflictResponseError),
        fails(PayloadTooLargeResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
    ),
)


def vault_copy_vault_secrets_to_intern(
    core: OpenRouterCore,
    request: CopyVaultSecretsToInternRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultSecretCopyResponse, CopyVaultSecretsToInternError]:
    """Copies the named workspace secrets into one intern's scope, replacing any intern secret with the same name."""
    return invoke(core, OPERATION, request, options)


async def vault_copy_vault_secrets_to_intern_async(
    core: OpenRouterCore,
    request: CopyVaultSecretsToInternRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultSecretCopyResponse, CopyVaultSecretsToInternError]:
    """Copies the named workspace secrets into one intern's scope, replacing any intern secret with the same name."""
    return await invoke_async(core, OPERATION, request, options)
