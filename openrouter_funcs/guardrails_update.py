# Generated from the OpenRouter OpenAPI spec (updateGuardrail) by `python -m codegen`; do not edit.
"""Update a guardrail: ``PATCH /guardrails/{id}``.

Update an existing guardrail, or materialize an unconfigured workspace default guardrail.
Collection fields use replace semantics: send the full desired set on every update. Management
key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

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
from openrouter_core.models.update_guardrail_request import UpdateGuardrailRequest
from openrouter_core.models.update_guardrail_response import UpdateGuardrailResponse

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.content_filter_builtin_entry_input import (
        ContentFilterBuiltinEntryInputDict,
    )
    from openrouter_core.dicts.content_filter_entry import ContentFilterEntryDict

__all__ = [
    "GuardrailsUpdateError",
    "GuardrailsUpdateRequest",
    "GuardrailsUpdateRequestDict",
    "UpdateGuardrailRequest",
    "UpdateGuardrailResponse",
    "guardrails_update",
    "guardrails_update_async",
]


@attrs.frozen(kw_only=True)
class GuardrailsUpdateRequest:
    """The parameters and JSON body of ``PATCH /guardrails/{id}``.

    - ``body`` (UpdateGuardrailRequest): the JSON body; its fields are listed in
      ``help(guardrails_update)``.
    - ``id`` (str): The unique identifier of the guardrail to update.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: UpdateGuardrailRequest = attrs.field(factory=UpdateGuardrailRequest)
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """The unique identifier of the guardrail to update."""
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
        body: UpdateGuardrailRequest | attrs.NothingType = attrs.NOTHING,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", UpdateGuardrailRequest() if body is attrs.NOTHING else body)
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
                "GuardrailsUpdateRequest",
                self.body,
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class GuardrailsUpdateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    allowed_models: list[str] | None
    allowed_providers: list[str] | None
    content_filter_builtins: list[ContentFilterBuiltinEntryInputDict] | None
    content_filters: list[ContentFilterEntryDict] | None
    description: str | None
    enable_free_model_publication: bool | None
    enable_free_model_training: bool | None
    enable_paid_model_training: bool | None
    enforce_zdr: bool | None
    enforce_zdr_anthropic: bool | None
    enforce_zdr_google: bool | None
    enforce_zdr_openai: bool | None
    enforce_zdr_other: bool | None
    enforce_zdr_xai: bool | None
    ignored_models: list[str] | None
    ignored_providers: list[str] | None
    include_byok_in_budgets: bool | None
    limit_usd: float | None
    name: str | None
    reset_interval: Literal["daily", "weekly", "monthly"] | str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
GuardrailsUpdateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[GuardrailsUpdateRequest, UpdateGuardrailResponse] = Operation(
    operation_id="updateGuardrail",
    method="PATCH",
    path="/guardrails/{id}",
    request_type=GuardrailsUpdateRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(UpdateGuardrailRequest),
    responses=(
        ok(200, UpdateGuardrailResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def guardrails_update(
    core: OpenRouterCore,
    request: GuardrailsUpdateRequest | GuardrailsUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateGuardrailResponse, GuardrailsUpdateError]:
    """Update an existing guardrail, or materialize an unconfigured workspace default guardrail.

    ``PATCH /guardrails/{id}``: Update a guardrail.

    Collection fields use replace semantics: send the full desired set on every update.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``GuardrailsUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required): The unique identifier of the guardrail to update.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``allowed_models`` (list[str]): Array of model identifiers (slug or
              canonical_slug accepted).
            - ``allowed_providers`` (list[str]): New list of allowed provider IDs.
            - ``content_filter_builtins`` (list[ContentFilterBuiltinEntryInput]): Builtin
              content filters to apply.
            - ``content_filters`` (list[ContentFilterEntry]): Custom regex content filters
              to apply.
            - ``description`` (str): New description for the guardrail.
            - ``enable_free_model_publication`` (bool): Whether this guardrail allows free
              endpoints that publish prompts.
            - ``enable_free_model_training`` (bool): Whether this guardrail allows free
              endpoints that train on request data.
            - ``enable_paid_model_training`` (bool): Whether this guardrail allows paid
              endpoints that train on request data.
            - ``enforce_zdr`` (bool): Deprecated. Deprecated.
            - ``enforce_zdr_anthropic`` (bool): Whether to enforce zero data retention for
              Anthropic models.
            - ``enforce_zdr_google`` (bool): Whether to enforce zero data retention for
              Google models.
            - ``enforce_zdr_openai`` (bool): Whether to enforce zero data retention for
              OpenAI models.
            - ``enforce_zdr_other`` (bool): Whether to enforce zero data retention for
              models that are not from Anthropic, OpenAI, Google, or xAI.
            - ``enforce_zdr_xai`` (bool): Whether to enforce zero data retention for xAI
              models.
            - ``ignored_models`` (list[str]): Array of model identifiers to exclude from
              routing (slug or canonical_slug accepted).
            - ``ignored_providers`` (list[str]): List of provider IDs to exclude from
              routing.
            - ``include_byok_in_budgets`` (bool): Whether BYOK (bring-your-own-key)
              inference spend counts toward this guardrail's limit_usd, in addition to
              OpenRouter credit spend.
            - ``limit_usd`` (float): New spending limit in USD.
            - ``name`` (str): New name for the guardrail.
            - ``reset_interval`` (str): Interval at which the limit resets (daily, weekly,
              monthly). Known values: :class:`GuardrailInterval`.
            The class takes the body as ``body=UpdateGuardrailRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateGuardrailResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import guardrails_update

        result = guardrails_update(core, {"id": "550e8400-e29b-41d4-a716-446655440000"})
    """
    return invoke(core, OPERATION, request, options)


async def guardrails_update_async(
    core: OpenRouterCore,
    request: GuardrailsUpdateRequest | GuardrailsUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateGuardrailResponse, GuardrailsUpdateError]:
    """Update an existing guardrail, or materialize an unconfigured workspace default guardrail.

    ``PATCH /guardrails/{id}``: Update a guardrail.

    Collection fields use replace semantics: send the full desired set on every update.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``GuardrailsUpdateRequest`` or a dict with these keys:

            - ``id`` (str, required): The unique identifier of the guardrail to update.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``allowed_models`` (list[str]): Array of model identifiers (slug or
              canonical_slug accepted).
            - ``allowed_providers`` (list[str]): New list of allowed provider IDs.
            - ``content_filter_builtins`` (list[ContentFilterBuiltinEntryInput]): Builtin
              content filters to apply.
            - ``content_filters`` (list[ContentFilterEntry]): Custom regex content filters
              to apply.
            - ``description`` (str): New description for the guardrail.
            - ``enable_free_model_publication`` (bool): Whether this guardrail allows free
              endpoints that publish prompts.
            - ``enable_free_model_training`` (bool): Whether this guardrail allows free
              endpoints that train on request data.
            - ``enable_paid_model_training`` (bool): Whether this guardrail allows paid
              endpoints that train on request data.
            - ``enforce_zdr`` (bool): Deprecated. Deprecated.
            - ``enforce_zdr_anthropic`` (bool): Whether to enforce zero data retention for
              Anthropic models.
            - ``enforce_zdr_google`` (bool): Whether to enforce zero data retention for
              Google models.
            - ``enforce_zdr_openai`` (bool): Whether to enforce zero data retention for
              OpenAI models.
            - ``enforce_zdr_other`` (bool): Whether to enforce zero data retention for
              models that are not from Anthropic, OpenAI, Google, or xAI.
            - ``enforce_zdr_xai`` (bool): Whether to enforce zero data retention for xAI
              models.
            - ``ignored_models`` (list[str]): Array of model identifiers to exclude from
              routing (slug or canonical_slug accepted).
            - ``ignored_providers`` (list[str]): List of provider IDs to exclude from
              routing.
            - ``include_byok_in_budgets`` (bool): Whether BYOK (bring-your-own-key)
              inference spend counts toward this guardrail's limit_usd, in addition to
              OpenRouter credit spend.
            - ``limit_usd`` (float): New spending limit in USD.
            - ``name`` (str): New name for the guardrail.
            - ``reset_interval`` (str): Interval at which the limit resets (daily, weekly,
              monthly). Known values: :class:`GuardrailInterval`.
            The class takes the body as ``body=UpdateGuardrailRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpdateGuardrailResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import guardrails_update_async

        result = await guardrails_update_async(core,
            {"id": "550e8400-e29b-41d4-a716-446655440000"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
