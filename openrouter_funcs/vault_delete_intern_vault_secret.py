# Generated from the OpenRouter OpenAPI spec (deleteInternVaultSecret) by `python -m codegen`; do not edit.
"""Delete an intern secret: ``DELETE /vault/interns/{internId}/secrets/{name}``.

Deletes a secret stored for one intern. Returns 204 with no body on success and 404 when the
secret does not exist in the selected scope. Writes return 503 while vault writes are disabled
for the caller. The scope is selected by the API key: workspace routes act on the key's active
workspace and intern routes act on one intern inside that workspace. There is no default
workspace and no fallback to another scope. Every vault route, including reads, requires access
to the Intern API programme and returns 404 outside it. An intern's own API key is confined to
that intern: it can always read the intern's secrets and effective secrets, writes to them
follow the rules above, and every other intern and every workspace route answers 404. Requests
on regional hostnames such as `eu.openrouter.ai` are refused. API key required.

If set, this operation will use `api_key` from the global security.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok_empty, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    RequestTimeoutResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "VaultDeleteInternVaultSecretError",
    "VaultDeleteInternVaultSecretRequest",
    "VaultDeleteInternVaultSecretRequestDict",
    "vault_delete_intern_vault_secret",
    "vault_delete_intern_vault_secret_async",
]


@attrs.frozen(kw_only=True)
class VaultDeleteInternVaultSecretRequest:
    """The parameters of ``DELETE /vault/interns/{internId}/secrets/{name}``.

    - ``intern_id`` (str): UUID of an intern in the workspace selected by the API key.
    - ``name`` (str): Secret name. Lowercase letters, digits and single underscores,
      starting with a letter and not ending with an underscore, 1 to 255 characters.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    intern_id: str = attrs.field(metadata={"wire": "internId"})
    """UUID of an intern in the workspace selected by the API key."""
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        intern_id: str,
        name: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("intern_id", intern_id)
        _setattr("name", name)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"intern_id={self.intern_id!r}, "
            f"name={self.name!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.intern_id,
            self.name,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.intern_id,
            other.name,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "VaultDeleteInternVaultSecretRequest",
                self.intern_id,
                self.name,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class VaultDeleteInternVaultSecretRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    intern_id: Required[str]
    name: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
VaultDeleteInternVaultSecretError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[VaultDeleteInternVaultSecretRequest, None] = Operation(
    operation_id="deleteInternVaultSecret",
    method="DELETE",
    path="/vault/interns/{internId}/secrets/{name}",
    request_type=VaultDeleteInternVaultSecretRequest,
    params=(
        path("intern_id", "internId"),
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


def vault_delete_intern_vault_secret(
    core: OpenRouterCore,
    request: VaultDeleteInternVaultSecretRequest | VaultDeleteInternVaultSecretRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, VaultDeleteInternVaultSecretError]:
    """Deletes a secret stored for one intern.

    ``DELETE /vault/interns/{internId}/secrets/{name}``: Delete an intern secret.

    Returns 204 with no body on success and 404 when the secret does not exist in the
    selected scope. Writes return 503 while vault writes are disabled for the caller. The
    scope is selected by the API key: workspace routes act on the key's active workspace and
    intern routes act on one intern inside that workspace. There is no default workspace and
    no fallback to another scope. Every vault route, including reads, requires access to the
    Intern API programme and returns 404 outside it. An intern's own API key is confined to
    that intern: it can always read the intern's secrets and effective secrets, writes to
    them follow the rules above, and every other intern and every workspace route answers
    404. Requests on regional hostnames such as `eu.openrouter.ai` are refused. API key
    required. If set, this operation will use `api_key` from the global security.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VaultDeleteInternVaultSecretRequest`` or a dict with these keys:

            - ``intern_id`` (str, required): UUID of an intern in the workspace selected by
              the API key.
            - ``name`` (str, required): Secret name. Lowercase letters, digits and single
              underscores, starting with a letter and not ending with an underscore, 1 to
              255 characters.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(None)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 409: ``ConflictResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import vault_delete_intern_vault_secret

        result = vault_delete_intern_vault_secret(core,
            {"intern_id": "string", "name": "string"},
        )
    """
    return invoke(core, OPERATION, request, options)


async def vault_delete_intern_vault_secret_async(
    core: OpenRouterCore,
    request: VaultDeleteInternVaultSecretRequest | VaultDeleteInternVaultSecretRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, VaultDeleteInternVaultSecretError]:
    """Deletes a secret stored for one intern.

    ``DELETE /vault/interns/{internId}/secrets/{name}``: Delete an intern secret.

    Returns 204 with no body on success and 404 when the secret does not exist in the
    selected scope. Writes return 503 while vault writes are disabled for the caller. The
    scope is selected by the API key: workspace routes act on the key's active workspace and
    intern routes act on one intern inside that workspace. There is no default workspace and
    no fallback to another scope. Every vault route, including reads, requires access to the
    Intern API programme and returns 404 outside it. An intern's own API key is confined to
    that intern: it can always read the intern's secrets and effective secrets, writes to
    them follow the rules above, and every other intern and every workspace route answers
    404. Requests on regional hostnames such as `eu.openrouter.ai` are refused. API key
    required. If set, this operation will use `api_key` from the global security.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VaultDeleteInternVaultSecretRequest`` or a dict with these keys:

            - ``intern_id`` (str, required): UUID of an intern in the workspace selected by
              the API key.
            - ``name`` (str, required): Secret name. Lowercase letters, digits and single
              underscores, starting with a letter and not ending with an underscore, 1 to
              255 characters.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(None)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 409: ``ConflictResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import vault_delete_intern_vault_secret_async

        result = await vault_delete_intern_vault_secret_async(core,
            {"intern_id": "string", "name": "string"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
