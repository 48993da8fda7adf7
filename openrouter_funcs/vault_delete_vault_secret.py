# Generated from the OpenRouter OpenAPI spec (deleteVaultSecret) by `python -m codegen`; do not edit.
"""Delete a workspace secret: ``DELETE /vault/secrets/{name}``.

Deletes a secret from the workspace of the authenticated API key. Returns 204 with no body on
success and 404 when the secret does not exist in the selected scope. Writes return 503 while
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
from openrouter_core._operation import Operation, fails, header, ok_empty, path
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
    RequestTimeoutResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)

__all__ = [
    "DeleteVaultSecretError",
    "DeleteVaultSecretRequest",
    "vault_delete_vault_secret",
    "vault_delete_vault_secret_async",
]


@attrs.frozen(kw_only=True)
class DeleteVaultSecretRequest:
    """The parameters of ``DELETE /vault/secrets/{name}``."""

    name: str = attrs.field(metadata={"wire": "name"})
    """Secret name. Lowercase letters, digits and single underscores, starting with a letter and not ending with an underscore, 1 to 255 characters."""
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
DeleteVaultSecretError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[DeleteVaultSecretRequest, None] = Operation(
    operation_id="deleteVaultSecret",
    method="DELETE",
    path="/vault/secrets/{name}",
    request_type=DeleteVaultSecretRequest,
    params=(
        path("name", "name"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok_empty(204),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(RequestTimeoutResponseError),
        fails(ConflictResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
    ),
)


def vault_delete_vault_secret(
    core: OpenRouterCore,
    request: DeleteVaultSecretRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, DeleteVaultSecretError]:
    """Deletes a secret from the workspace of the authenticated API key."""
    return invoke(core, OPERATION, request, options)


async def vault_delete_vault_secret_async(
    core: OpenRouterCore,
    request: DeleteVaultSecretRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, DeleteVaultSecretError]:
    """Deletes a secret from the workspace of the authenticated API key."""
    return await invoke_async(core, OPERATION, request, options)
