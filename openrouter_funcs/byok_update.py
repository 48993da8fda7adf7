# Generated from the OpenRouter OpenAPI spec (updateBYOKKey) by `python -m codegen`; do not edit.
"""Update a BYOK provider credential: ``PATCH /byok/{id}``.

Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
field to rotate the raw provider API key in-place (the previous key material is overwritten).
Use `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null`
clears the restriction). Management key required.
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
    BadRequestResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.update_byok_key_request import UpdateBYOKKeyRequest
from openrouter_core.models.update_byok_key_response import UpdateBYOKKeyResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ByokUpdateError",
    "ByokUpdateRequest",
    "ByokUpdateRequestDict",
    "UpdateBYOKKeyRequest",
    "UpdateBYOKKeyResponse",
    "byok_update",
    "byok_update_async",
]


@attrs.frozen(kw_only=True)
class ByokUpdateRequest:
    """The parameters and JSON body of ``PATCH /byok/{id}``.

    - ``body`` (UpdateBYOKKeyRequest): the JSON body; its fields are listed in
      ``help(byok_update)``.
    - ``id`` (str): The BYOK credential ID (UUID).
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: UpdateBYOKKeyRequest = attrs.field(factory=UpdateBYOKKeyRequest)
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """The BYOK credential ID (UUID)."""
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
        body: UpdateBYOKKeyRequest | attrs.NothingType = attrs.NOTHING,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", UpdateBYOKKeyRequest() if body is attrs.NOTHING else body)
        _setattr("id", id)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"id={self.id!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.id, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.id,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ByokUpdateRequest",
                self.body,
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ByokUpdateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    allowed_api_key_hashes: list[str] | None
    allowed_models: list[str] | None
    allowed_user_ids: list[str] | None
    disabled: bool | None
    is_fallback: bool | None
    key: str | None
    name: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ByokUpdateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ByokUpdateRequest, UpdateBYOKKeyResponse] = Operation(
    operation_id="updateBYOKKey",
    method="PATCH",
    path="/byok/{id}",
    request_type=ByokUpdateRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(UpdateBYOKKeyRequest),
    responses=(
        ok(200, UpdateBYOKKeyResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def byok_update(
    core: OpenRouterCore,
    request: ByokUpdateRequest | ByokUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateBYOKKeyResponse, ByokUpdateError]:
    """Update an existing bring-your-own-key (BYOK) provider credential by its `id`.

    ``PATCH /byok/{id}``: Update a BYOK provider credential.

    Include the `key` field to rotate the raw provider API key in-place (the previous key
    material is overwritten). Use `allowed_api_key_hashes` to restrict the credential to
    specific OpenRouter API keys (`null` clears the restriction). Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ByokUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required): The BYOK credential ID (UUID).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``allowed_api_key_hashes`` (list[str]): Optional allowlist of OpenRouter API
              key hashes (`api_keys.hash`) that may use this credential.
            - ``allowed_models`` (list[str]): Optional allowlist of model slugs this
              credential may be used for.
            - ``allowed_user_ids`` (list[str]): Optional allowlist of user IDs that may use
              this credential.
            - ``disabled`` (bool): Whether this credential is disabled.
            - ``is_fallback`` (bool): Whether this credential is treated as a fallback —
              used only after non-fallback keys for the same provider have been tried.
            - ``key`` (str): A new raw provider API key to rotate the credential in-place.
            - ``name`` (str): Optional human-readable name for the credential.
            The class takes the body as ``body=UpdateBYOKKeyRequest(...)``; keys it does not
            know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateBYOKKeyResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import byok_update

        result = byok_update(core, {"id": "11111111-2222-3333-4444-555555555555"})
    """
    return invoke(core, OPERATION, request, options)


async def byok_update_async(
    core: OpenRouterCore,
    request: ByokUpdateRequest | ByokUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateBYOKKeyResponse, ByokUpdateError]:
    """Update an existing bring-your-own-key (BYOK) provider credential by its `id`.

    ``PATCH /byok/{id}``: Update a BYOK provider credential.

    Include the `key` field to rotate the raw provider API key in-place (the previous key
    material is overwritten). Use `allowed_api_key_hashes` to restrict the credential to
    specific OpenRouter API keys (`null` clears the restriction). Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ByokUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required): The BYOK credential ID (UUID).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``allowed_api_key_hashes`` (list[str]): Optional allowlist of OpenRouter API
              key hashes (`api_keys.hash`) that may use this credential.
            - ``allowed_models`` (list[str]): Optional allowlist of model slugs this
              credential may be used for.
            - ``allowed_user_ids`` (list[str]): Optional allowlist of user IDs that may use
              this credential.
            - ``disabled`` (bool): Whether this credential is disabled.
            - ``is_fallback`` (bool): Whether this credential is treated as a fallback —
              used only after non-fallback keys for the same provider have been tried.
            - ``key`` (str): A new raw provider API key to rotate the credential in-place.
            - ``name`` (str): Optional human-readable name for the credential.
            The class takes the body as ``body=UpdateBYOKKeyRequest(...)``; keys it does not
            know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateBYOKKeyResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import byok_update_async

        result = await byok_update_async(core, {"id": "11111111-2222-3333-4444-555555555555"})
    """
    return await invoke_async(core, OPERATION, request, options)
