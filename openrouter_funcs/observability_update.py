# Generated from the OpenRouter OpenAPI spec (updateObservabilityDestination) by `python -m codegen`; do not edit.
"""Update an observability destination: ``PATCH /observability/destinations/{id}``.

Update an existing observability destination. Only the fields provided in the request body are
updated. Management key required.
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
    ConflictResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.update_observability_destination_request import (
    UpdateObservabilityDestinationRequest,
)
from openrouter_core.models.update_observability_destination_response import (
    UpdateObservabilityDestinationResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullableDict,
    )

__all__ = [
    "ObservabilityUpdateError",
    "ObservabilityUpdateRequest",
    "ObservabilityUpdateRequestDict",
    "UpdateObservabilityDestinationRequest",
    "UpdateObservabilityDestinationResponse",
    "observability_update",
    "observability_update_async",
]


@attrs.frozen(kw_only=True)
class ObservabilityUpdateRequest:
    """The parameters and JSON body of ``PATCH /observability/destinations/{id}``.

    - ``body`` (UpdateObservabilityDestinationRequest): the JSON body; its fields are listed
      in ``help(observability_update)``.
    - ``id`` (str): The destination ID (UUID).
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: UpdateObservabilityDestinationRequest = attrs.field(
        factory=UpdateObservabilityDestinationRequest
    )
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """The destination ID (UUID)."""
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
        body: UpdateObservabilityDestinationRequest | attrs.NothingType = attrs.NOTHING,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", UpdateObservabilityDestinationRequest() if body is attrs.NOTHING else body)
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
                "ObservabilityUpdateRequest",
                self.body,
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ObservabilityUpdateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    api_key_hashes: list[str] | None
    broadcast_generation_cost: bool | None
    broadcast_generation_identity: bool | None
    broadcast_generation_request_context: bool | None
    config: dict[str, Any] | None
    enabled: bool | None
    filter_rules: ObservabilityFilterRulesConfigNullableDict | None
    name: str | None
    privacy_mode: bool | None
    sampling_rate: float | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ObservabilityUpdateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ObservabilityUpdateRequest, UpdateObservabilityDestinationResponse] = (
    Operation(
        operation_id="updateObservabilityDestination",
        method="PATCH",
        path="/observability/destinations/{id}",
        request_type=ObservabilityUpdateRequest,
        params=(
            path("id", "id"),
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(UpdateObservabilityDestinationRequest),
        responses=(
            ok(200, UpdateObservabilityDestinationResponse),
            fails(BadRequestResponseError),
            fails(UnauthorizedResponseError),
            fails(ForbiddenResponseError),
            fails(NotFoundResponseError),
            fails(ConflictResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def observability_update(
    core: OpenRouterCore,
    request: ObservabilityUpdateRequest | ObservabilityUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateObservabilityDestinationResponse, ObservabilityUpdateError]:
    """Update an existing observability destination.

    ``PATCH /observability/destinations/{id}``: Update an observability destination.

    Only the fields provided in the request body are updated. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ObservabilityUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required): The destination ID (UUID).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``api_key_hashes`` (list[str]): Optional allowlist of OpenRouter API key
              hashes.
            - ``broadcast_generation_cost`` (bool): Whether to include cost and billing
              generation metadata.
            - ``broadcast_generation_identity`` (bool): Whether to include identity
              generation metadata.
            - ``broadcast_generation_request_context`` (bool): Whether to include
              request-context generation metadata.
            - ``config`` (dict[str, Any]): Provider-specific configuration fields to update.
            - ``enabled`` (bool): Whether the destination is enabled.
            - ``filter_rules`` (ObservabilityFilterRulesConfigNullable): Optional structured
              filter rules.
            - ``name`` (str): Human-readable name for the destination.
            - ``privacy_mode`` (bool): When true, request/response bodies are not forwarded
              — only metadata.
            - ``sampling_rate`` (float): Sampling rate between 0.0001 and 1 (1 = 100%).
            The class takes the body as ``body=UpdateObservabilityDestinationRequest(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateObservabilityDestinationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 409: ``ConflictResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import observability_update

        result = observability_update(core, {"id": "99999999-aaaa-bbbb-cccc-dddddddddddd"})
    """
    return invoke(core, OPERATION, request, options)


async def observability_update_async(
    core: OpenRouterCore,
    request: ObservabilityUpdateRequest | ObservabilityUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateObservabilityDestinationResponse, ObservabilityUpdateError]:
    """Update an existing observability destination.

    ``PATCH /observability/destinations/{id}``: Update an observability destination.

    Only the fields provided in the request body are updated. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ObservabilityUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required): The destination ID (UUID).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``api_key_hashes`` (list[str]): Optional allowlist of OpenRouter API key
              hashes.
            - ``broadcast_generation_cost`` (bool): Whether to include cost and billing
              generation metadata.
            - ``broadcast_generation_identity`` (bool): Whether to include identity
              generation metadata.
            - ``broadcast_generation_request_context`` (bool): Whether to include
              request-context generation metadata.
            - ``config`` (dict[str, Any]): Provider-specific configuration fields to update.
            - ``enabled`` (bool): Whether the destination is enabled.
            - ``filter_rules`` (ObservabilityFilterRulesConfigNullable): Optional structured
              filter rules.
            - ``name`` (str): Human-readable name for the destination.
            - ``privacy_mode`` (bool): When true, request/response bodies are not forwarded
              — only metadata.
            - ``sampling_rate`` (float): Sampling rate between 0.0001 and 1 (1 = 100%).
            The class takes the body as ``body=UpdateObservabilityDestinationRequest(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateObservabilityDestinationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 409: ``ConflictResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import observability_update_async

        result = await observability_update_async(core,
            {"id": "99999999-aaaa-bbbb-cccc-dddddddddddd"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
