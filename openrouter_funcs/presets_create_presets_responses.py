# Generated from the OpenRouter OpenAPI spec (createPresetsResponses) by `python -m codegen`; do not edit.
"""Create a preset from a responses request body: ``POST /presets/{slug}/responses``.

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
from openrouter_core.models.responses_request import ResponsesRequest

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )
    from openrouter_core.dicts.chat_debug_options import ChatDebugOptionsDict
    from openrouter_core.dicts.image_config import ImageConfigValueDict
    from openrouter_core.dicts.inputs import InputsDict
    from openrouter_core.dicts.openai_responses_tool_choice import OpenAIResponsesToolChoiceDict
    from openrouter_core.dicts.prompt_cache_options import PromptCacheOptionsDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.reasoning_config import ReasoningConfigDict
    from openrouter_core.dicts.responses_request import (
        ResponsesRequestPluginsDict,
        ResponsesRequestToolsDict,
    )
    from openrouter_core.dicts.stop_server_tools_when_condition import (
        StopServerToolsWhenConditionDict,
    )
    from openrouter_core.dicts.stored_prompt_template import StoredPromptTemplateDict
    from openrouter_core.dicts.text_extended_config import TextExtendedConfigDict
    from openrouter_core.dicts.trace_config import TraceConfigDict

__all__ = [
    "CreatePresetFromInferenceResponse",
    "PresetsCreatePresetsResponsesError",
    "PresetsCreatePresetsResponsesRequest",
    "PresetsCreatePresetsResponsesRequestDict",
    "ResponsesRequest",
    "presets_create_presets_responses",
    "presets_create_presets_responses_async",
]


@attrs.frozen(kw_only=True)
class PresetsCreatePresetsResponsesRequest:
    """The parameters and JSON body of ``POST /presets/{slug}/responses``.

    - ``body`` (ResponsesRequest): the JSON body; its fields are listed in
      ``help(presets_create_presets_responses)``.
    - ``slug`` (str): URL-safe slug identifying the preset.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: ResponsesRequest = attrs.field(factory=ResponsesRequest)
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
        body: ResponsesRequest | attrs.NothingType = attrs.NOTHING,
        slug: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", ResponsesRequest() if body is attrs.NOTHING else body)
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
                "PresetsCreatePresetsResponsesRequest",
                self.body,
                self.slug,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class PresetsCreatePresetsResponsesRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    slug: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    background: bool | None
    cache_control: AnthropicCacheControlDirectiveDict | None
    debug: ChatDebugOptionsDict | None
    frequency_penalty: float | None
    image_config: dict[str, ImageConfigValueDict] | None
    include: list[str] | None
    input: InputsDict | None
    instructions: str | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    metadata: dict[str, str] | None
    modalities: list[str] | None
    model: str | None
    models: list[str] | None
    parallel_tool_calls: bool | None
    plugins: list[ResponsesRequestPluginsDict] | None
    presence_penalty: float | None
    previous_response_id: Any
    prompt: StoredPromptTemplateDict | None
    prompt_cache_key: str | None
    prompt_cache_options: PromptCacheOptionsDict | None
    provider: ProviderPreferencesDict | None
    reasoning: ReasoningConfigDict | None
    route: Literal["fallback", "sort"] | str | None
    safety_identifier: str | None
    service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale"] | str | None
    session_id: str | None
    stop_server_tools_when: list[StopServerToolsWhenConditionDict] | None
    store: Literal[False]
    stream: bool | None
    temperature: float | None
    text: TextExtendedConfigDict | None
    tool_choice: OpenAIResponsesToolChoiceDict | None
    tools: list[ResponsesRequestToolsDict] | None
    top_k: int | None
    top_logprobs: int | None
    top_p: float | None
    trace: TraceConfigDict | None
    truncation: Literal["auto", "disabled"] | str | None
    user: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
PresetsCreatePresetsResponsesError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[PresetsCreatePresetsResponsesRequest, CreatePresetFromInferenceResponse] = (
    Operation(
        operation_id="createPresetsResponses",
        method="POST",
        path="/presets/{slug}/responses",
        request_type=PresetsCreatePresetsResponsesRequest,
        params=(
            path("slug", "slug"),
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(ResponsesRequest),
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


def presets_create_presets_responses(
    core: OpenRouterCore,
    request: PresetsCreatePresetsResponsesRequest | PresetsCreatePresetsResponsesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsResponsesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body.

    ``POST /presets/{slug}/responses``: Create a preset from a responses request body.

    Only fields that overlap with the preset config are persisted; other fields (e.g.
    `messages`, `stream`, `prompt`) are silently ignored.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PresetsCreatePresetsResponsesRequest`` or a dict with these keys:

            - ``slug`` (str, required): URL-safe slug identifying the preset.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``background`` (bool)
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``debug`` (ChatDebugOptions)
            - ``frequency_penalty`` (float)
            - ``image_config`` (dict[str, ImageConfigValue]): Provider-specific image
              configuration options.
            - ``include`` (list[str])
            - ``input`` (Inputs)
            - ``instructions`` (str)
            - ``max_output_tokens`` (int)
            - ``max_tool_calls`` (int): Maximum number of server-tool (e.g.
              `openrouter:web_search`) agent steps the model may take during a request.
            - ``metadata`` (dict[str, str]): Metadata key-value pairs for the request.
            - ``modalities`` (list[str]): Output modalities for the response.
            - ``model`` (str)
            - ``models`` (list[str])
            - ``parallel_tool_calls`` (bool)
            - ``plugins`` (list[ResponsesRequestPlugins]): Plugins you want to enable for
              this request, including their settings.
            - ``presence_penalty`` (float)
            - ``previous_response_id`` (Any): Not supported.
            - ``prompt`` (StoredPromptTemplate)
            - ``prompt_cache_key`` (str)
            - ``prompt_cache_options`` (PromptCacheOptions)
            - ``provider`` (ProviderPreferences)
            - ``reasoning`` (ReasoningConfig)
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``safety_identifier`` (str): Recommended per-end-user identifier for abuse
              isolation.
            - ``service_tier`` (str): The service tier to use for processing this request.
              Known values: ``"auto"``, ``"default"``, ``"fast"``, ``"flex"``,
              ``"priority"``, ``"scale"``.
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``store`` (bool)
            - ``stream`` (bool)
            - ``temperature`` (float)
            - ``text`` (TextExtendedConfig)
            - ``tool_choice`` (OpenAIResponsesToolChoice)
            - ``tools`` (list[ResponsesRequestTools])
            - ``top_k`` (int)
            - ``top_logprobs`` (int)
            - ``top_p`` (float)
            - ``trace`` (TraceConfig)
            - ``truncation`` (str): Known values: :class:`OpenAIResponsesTruncation`.
            - ``user`` (str): A unique identifier representing your end-user, which helps
              distinguish between different users of your app.
            The class takes the body as ``body=ResponsesRequest(...)``; keys it does not
            know go in ``extra_fields``.
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

        from openrouter_funcs import presets_create_presets_responses

        result = presets_create_presets_responses(core, {"slug": "my-preset"})
    """
    return invoke(core, OPERATION, request, options)


async def presets_create_presets_responses_async(
    core: OpenRouterCore,
    request: PresetsCreatePresetsResponsesRequest | PresetsCreatePresetsResponsesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsResponsesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body.

    ``POST /presets/{slug}/responses``: Create a preset from a responses request body.

    Only fields that overlap with the preset config are persisted; other fields (e.g.
    `messages`, `stream`, `prompt`) are silently ignored.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PresetsCreatePresetsResponsesRequest`` or a dict with these keys:

            - ``slug`` (str, required): URL-safe slug identifying the preset.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``background`` (bool)
            - ``cache_control`` (AnthropicCacheControlDirective)
            - ``debug`` (ChatDebugOptions)
            - ``frequency_penalty`` (float)
            - ``image_config`` (dict[str, ImageConfigValue]): Provider-specific image
              configuration options.
            - ``include`` (list[str])
            - ``input`` (Inputs)
            - ``instructions`` (str)
            - ``max_output_tokens`` (int)
            - ``max_tool_calls`` (int): Maximum number of server-tool (e.g.
              `openrouter:web_search`) agent steps the model may take during a request.
            - ``metadata`` (dict[str, str]): Metadata key-value pairs for the request.
            - ``modalities`` (list[str]): Output modalities for the response.
            - ``model`` (str)
            - ``models`` (list[str])
            - ``parallel_tool_calls`` (bool)
            - ``plugins`` (list[ResponsesRequestPlugins]): Plugins you want to enable for
              this request, including their settings.
            - ``presence_penalty`` (float)
            - ``previous_response_id`` (Any): Not supported.
            - ``prompt`` (StoredPromptTemplate)
            - ``prompt_cache_key`` (str)
            - ``prompt_cache_options`` (PromptCacheOptions)
            - ``provider`` (ProviderPreferences)
            - ``reasoning`` (ReasoningConfig)
            - ``route`` (str): **DEPRECATED** Use providers.sort.partition instead. Known
              values: :class:`DeprecatedRoute`.
            - ``safety_identifier`` (str): Recommended per-end-user identifier for abuse
              isolation.
            - ``service_tier`` (str): The service tier to use for processing this request.
              Known values: ``"auto"``, ``"default"``, ``"fast"``, ``"flex"``,
              ``"priority"``, ``"scale"``.
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``stop_server_tools_when`` (list[StopServerToolsWhenCondition]): Stop
              conditions for the server-tool agent loop.
            - ``store`` (bool)
            - ``stream`` (bool)
            - ``temperature`` (float)
            - ``text`` (TextExtendedConfig)
            - ``tool_choice`` (OpenAIResponsesToolChoice)
            - ``tools`` (list[ResponsesRequestTools])
            - ``top_k`` (int)
            - ``top_logprobs`` (int)
            - ``top_p`` (float)
            - ``trace`` (TraceConfig)
            - ``truncation`` (str): Known values: :class:`OpenAIResponsesTruncation`.
            - ``user`` (str): A unique identifier representing your end-user, which helps
              distinguish between different users of your app.
            The class takes the body as ``body=ResponsesRequest(...)``; keys it does not
            know go in ``extra_fields``.
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

        from openrouter_funcs import presets_create_presets_responses_async

        result = await presets_create_presets_responses_async(core, {"slug": "my-preset"})
    """
    return await invoke_async(core, OPERATION, request, options)
