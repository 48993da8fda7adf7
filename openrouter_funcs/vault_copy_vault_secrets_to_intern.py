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
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PayloadTooLargeResponseError,
    RequestTimeoutResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.vault_secret_copy_request import VaultSecretCopyRequest
from openrouter_core.models.vault_secret_copy_response import VaultSecretCopyResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "VaultCopyVaultSecretsToInternError",
    "VaultCopyVaultSecretsToInternRequest",
    "VaultCopyVaultSecretsToInternRequestDict",
    "VaultSecretCopyRequest",
    "VaultSecretCopyResponse",
    "vault_copy_vault_secrets_to_intern",
    "vault_copy_vault_secrets_to_intern_async",
]


@attrs.frozen(kw_only=True)
class VaultCopyVaultSecretsToInternRequest:
    """The parameters and JSON body of ``POST /vault/interns/{internId}/secrets/copy``.

    - ``body`` (VaultSecretCopyRequest): the JSON body; its fields are listed in
      ``help(vault_copy_vault_secrets_to_intern)``.
    - ``intern_id`` (str): UUID of an intern in the workspace selected by the API key.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: VaultSecretCopyRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: VaultSecretCopyRequest,
        intern_id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("intern_id", intern_id)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"intern_id={self.intern_id!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.body,
            self.intern_id,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.body,
            other.intern_id,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "VaultCopyVaultSecretsToInternRequest",
                self.body,
                self.intern_id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class VaultCopyVaultSecretsToInternRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    intern_id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    names: Required[list[str]]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
VaultCopyVaultSecretsToInternError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[VaultCopyVaultSecretsToInternRequest, VaultSecretCopyResponse] = Operation(
    operation_id="copyVaultSecretsToIntern",
    method="POST",
    path="/vault/interns/{internId}/secrets/copy",
    request_type=VaultCopyVaultSecretsToInternRequest,
    params=(
        path("intern_id", "internId"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(VaultSecretCopyRequest),
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
    request: VaultCopyVaultSecretsToInternRequest | VaultCopyVaultSecretsToInternRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultSecretCopyResponse, VaultCopyVaultSecretsToInternError]:
    """Copies the named workspace secrets into one intern's scope, replacing any intern secret with the same name.

    ``POST /vault/interns/{internId}/secrets/copy``: Copy workspace secrets to an intern.

    Each copy keeps the source value and host bindings. Every name must exist in the
    workspace scope or the request fails with 404 and nothing is copied. A workspace secret
    whose `hosts` is `null` cannot be copied: the request fails with 409 and nothing is
    copied until that secret is stored again with hosts. The response carries metadata only.
    Writes return 503 while vault writes are disabled for the caller. The scope is selected
    by the API key: workspace routes act on the key's active workspace and intern routes act
    on one intern inside that workspace. There is no default workspace and no fallback to
    another scope. Every vault route, including reads, requires access to the Intern API
    programme and returns 404 outside it. An intern's own API key is confined to that
    intern: it can always read the intern's secrets and effective secrets, writes to them
    follow the rules above, and every other intern and every workspace route answers 404.
    Requests on regional hostnames such as `eu.openrouter.ai` are refused. API key required.
    If set, this operation will use `api_key` from the global security.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VaultCopyVaultSecretsToInternRequest`` or a dict with these keys:

            - ``intern_id`` (str, required): UUID of an intern in the workspace selected by
              the API key.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``names`` (list[str], required): Names of workspace secrets to copy, 1 to 100
              unique entries.
            The class takes the body as ``body=VaultSecretCopyRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(VaultSecretCopyResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 409: ``ConflictResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import vault_copy_vault_secrets_to_intern

        result = vault_copy_vault_secrets_to_intern(core,
            {"intern_id": "string", "names": ["string"]},
        )
    """
    return invoke(core, OPERATION, request, options)


async def vault_copy_vault_secrets_to_intern_async(
    core: OpenRouterCore,
    request: VaultCopyVaultSecretsToInternRequest | VaultCopyVaultSecretsToInternRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VaultSecretCopyResponse, VaultCopyVaultSecretsToInternError]:
    """Copies the named workspace secrets into one intern's scope, replacing any intern secret with the same name.

    ``POST /vault/interns/{internId}/secrets/copy``: Copy workspace secrets to an intern.

    Each copy keeps the source value and host bindings. Every name must exist in the
    workspace scope or the request fails with 404 and nothing is copied. A workspace secret
    whose `hosts` is `null` cannot be copied: the request fails with 409 and nothing is
    copied until that secret is stored again with hosts. The response carries metadata only.
    Writes return 503 while vault writes are disabled for the caller. The scope is selected
    by the API key: workspace routes act on the key's active workspace and intern routes act
    on one intern inside that workspace. There is no default workspace and no fallback to
    another scope. Every vault route, including reads, requires access to the Intern API
    programme and returns 404 outside it. An intern's own API key is confined to that
    intern: it can always read the intern's secrets and effective secrets, writes to them
    follow the rules above, and every other intern and every workspace route answers 404.
    Requests on regional hostnames such as `eu.openrouter.ai` are refused. API key required.
    If set, this operation will use `api_key` from the global security.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VaultCopyVaultSecretsToInternRequest`` or a dict with these keys:

            - ``intern_id`` (str, required): UUID of an intern in the workspace selected by
              the API key.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``names`` (list[str], required): Names of workspace secrets to copy, 1 to 100
              unique entries.
            The class takes the body as ``body=VaultSecretCopyRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(VaultSecretCopyResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 409: ``ConflictResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import vault_copy_vault_secrets_to_intern_async

        result = await vault_copy_vault_secrets_to_intern_async(core,
            {"intern_id": "string", "names": ["string"]},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
