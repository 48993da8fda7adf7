# Generated from the OpenRouter OpenAPI spec (createPresetsMessages) by `python -m codegen`; do not edit.
"""Create a preset from a messages request body: ``POST /presets/{slug}/messages``.

Creates a preset (or a new version of an existing one) from an inference request body. Only
fields that overlap with the preset config are persisted; other fields (e.g. `messages`,
`stream`, `prompt`) are silently ignored.
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
    ConflictResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse,
)
from openrouter_core.models.messages_request import MessagesRequest

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.messages_fallback_param import MessagesFallbackParamDict
    from openrouter_core.dicts.messages_message_param import MessagesMessageParamDict
    from openrouter_core.dicts.messages_output_config import MessagesOutputConfigDict
    from openrouter_core.dicts.messages_request import (
        MessagesRequestContextManagementDict,
        MessagesRequestMetadataDict,
        MessagesRequestPluginsDict,
        MessagesRequestSystemDict,
        MessagesRequestThinkingDict,
        MessagesRequestToolChoiceDict,
        MessagesRequestToolsDict,
    )
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.stop_server_tools_when_condition import (
        StopServerToolsWhenConditionDict,
    )
    from openrouter_core.dicts.trace_config import TraceConfigDict

__all__ = [
    "CreatePresetFromInferenceResponse",
    "MessagesRequest",
    "PresetsCreatePresetsMessagesError",
    "PresetsCreatePresetsMessagesRequest",
    "PresetsCreatePresetsMessagesRequestDict",
    "presets_create_presets_messages",
    "presets_create_presets_messages_async",
]


@attrs.frozen(kw_only=True)
class PresetsCreatePresetsMessagesRequest:
    """The parameters and JSON body of ``POST /presets/{slug}/messages``.

    - ``body`` (MessagesRequest): the JSON body; its fields are listed in
      ``help(presets_create_presets_messages)``.
    - ``slug`` (str): URL-safe slug identifying the preset.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: MessagesRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    slug: str = attrs.field(metadata={"wire": "slug"})
    """URL-safe slug identifying the preset."""
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
        body: MessagesRequest,
        slug: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("slug", slug)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"slug={self.slug!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.slug, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.slug,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PresetsCreatePresetsMessagesRequest",
                self.body,
                self.slug,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class PresetsCreatePresetsMessagesRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    slug: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    cache_control: AnthropicCacheControlDirectiveDict | None
    context_management: MessagesRequestContextManagementDict | None
    fallbacks: list[MessagesFallbackParamDict] | None
    max_tokens: int | None
    messages: Required[list[MessagesMessageParamDict] | None]
    metadata: MessagesRequestMetadataDict | None
    model: Required[str]
    models: list[str] | None
    output_config: MessagesOutputConfigDict | None
    plugins: list[MessagesRequestPluginsDict] | None
    provider: ProviderPreferencesDict | None
    route: Literal["fallback", "sort"] | str | None
    service_tier: str | None
    session_id: str | None
    speed: Literal["fast", "standard"] | str | None
    stop_sequences: list[str] | None
    stop_server_tools_when: list[StopServerToolsWhenConditionDict] | None
    stream: bool | None
    system: MessagesRequestSystemDict | None
    temperature: float | None
    thinking: MessagesRequestThinkingDict | None
    tool_choice: MessagesRequestToolChoiceDict | None
    tools: list[MessagesRequestToolsDict] | None
    top_k: int | None
    top_p: float | None
    trace: TraceConfigDict | None
    user: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
PresetsCreatePresetsMessagesError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[PresetsCreatePresetsMessagesRequest, CreatePresetFromInferenceResponse] = (
    Operation(
        operation_id="createPresetsMessages",
        method="POST",
        path="/presets/{slug}/messages",
        request_type=PresetsCreatePresetsMessagesRequest,
        params=(
            path("slug", "slug"),
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(MessagesRequest),
        responses=(
            ok(200, CreatePresetFromInferenceResponse),
            fails(BadRequestResponseError),
            fails(UnauthorizedResponseError),
            fails(ForbiddenResponseError),
            fails(NotFoundResponseError),
            fails(ConflictResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def presets_create_presets_messages(
    core: OpenRouterCore,
    request: PresetsCreatePresetsMessagesRequest | PresetsCreatePresetsMessagesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsMessagesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body.

    ``POST /presets/{slug}/messages``: Create a preset from a messages request body.

    Only fields that overlap with the preset config are persisted; other fields (e.g.
    `messages`, `stream`, `prompt`) are silently ignored.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PresetsCreatePresetsMessagesRequest`` or a dict with these keys:

            - ``slug`` (str, required): URL-safe slug identifying the preset.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``context_management`` (MessagesRequestContextManagement)
            - ``fallbacks`` (list[MessagesFallbackParam]): Fallback models to try if the
              primary model fails or refuses, in order.
            - ``max_tokens`` (int)
            - ``messages`` (list[MessagesMessageParam], required)
            - ``metadata`` (MessagesRequestMetadata)
            - ``model`` (str, required)
            - ``models`` (list[str])
            - ``output_config`` (MessagesOutputConfig)
            - ``plugins`` (list[MessagesRequestPlugins]): Plugins you want to enable for
              this request, including their settings.
            - ``provider`` (ProviderPreferences)
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``service_tier`` (str)
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``speed`` (str): Controls output generation speed. Known values:
              :class:`AnthropicSpeed`.
            - ``stop_sequences`` (list[str])
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``stream`` (bool)
            - ``system`` (MessagesRequestSystem)
            - ``temperature`` (float)
            - ``thinking`` (MessagesRequestThinking)
            - ``tool_choice`` (MessagesRequestToolChoice)
            - ``tools`` (list[MessagesRequestTools])
            - ``top_k`` (int)
            - ``top_p`` (float)
            - ``trace`` (TraceConfig)
            - ``user`` (str): A unique identifier representing your end-user, which helps
              distinguish between different users of your app.
            The class takes the body as ``body=MessagesRequest(...)``; keys it does not know
            go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(CreatePresetFromInferenceResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import presets_create_presets_messages

        result = presets_create_presets_messages(core, {
            "slug": "my-preset",
            "messages": [{"content": "Hello!", "role": "user"}],
            "model": "anthropic/claude-4.6-sonnet",
        })
    """
    return invoke(core, OPERATION, request, options)


async def presets_create_presets_messages_async(
    core: OpenRouterCore,
    request: PresetsCreatePresetsMessagesRequest | PresetsCreatePresetsMessagesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsMessagesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body.

    ``POST /presets/{slug}/messages``: Create a preset from a messages request body.

    Only fields that overlap with the preset config are persisted; other fields (e.g.
    `messages`, `stream`, `prompt`) are silently ignored.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PresetsCreatePresetsMessagesRequest`` or a dict with these keys:

            - ``slug`` (str, required): URL-safe slug identifying the preset.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``context_management`` (MessagesRequestContextManagement)
            - ``fallbacks`` (list[MessagesFallbackParam]): Fallback models to try if the
              primary model fails or refuses, in order.
            - ``max_tokens`` (int)
            - ``messages`` (list[MessagesMessageParam], required)
            - ``metadata`` (MessagesRequestMetadata)
            - ``model`` (str, required)
            - ``models`` (list[str])
            - ``output_config`` (MessagesOutputConfig)
            - ``plugins`` (list[MessagesRequestPlugins]): Plugins you want to enable for
              this request, including their settings.
            - ``provider`` (ProviderPreferences)
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``service_tier`` (str)
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``speed`` (str): Controls output generation speed. Known values:
              :class:`AnthropicSpeed`.
            - ``stop_sequences`` (list[str])
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``stream`` (bool)
            - ``system`` (MessagesRequestSystem)
            - ``temperature`` (float)
            - ``thinking`` (MessagesRequestThinking)
            - ``tool_choice`` (MessagesRequestToolChoice)
            - ``tools`` (list[MessagesRequestTools])
            - ``top_k`` (int)
            - ``top_p`` (float)
            - ``trace`` (TraceConfig)
            - ``user`` (str): A unique identifier representing your end-user, which helps
              distinguish between different users of your app.
            The class takes the body as ``body=MessagesRequest(...)``; keys it does not know
            go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(CreatePresetFromInferenceResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import presets_create_presets_messages_async

        result = await presets_create_presets_messages_async(core, {
            "slug": "my-preset",
            "messages": [{"content": "Hello!", "role": "user"}],
            "model": "anthropic/claude-4.6-sonnet",
        })
    """
    return await invoke_async(core, OPERATION, request, options)
