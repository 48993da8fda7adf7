# Generated from the OpenRouter OpenAPI spec (createBYOKKey) by `python -m codegen`; do not edit.
"""Create a BYOK provider credential: ``POST /byok``.

Create a new bring-your-own-key (BYOK) provider credential. The raw key is encrypted at rest and
never returned in API responses. When `workspace_id` is omitted, the credential is created in
the default workspace; if that default has been deleted, the request returns a 400 and you must
pass `workspace_id` explicitly. Treat the raw key as write-only; it is never returned after
creation. Use `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API
keys. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_byok_key_request import CreateBYOKKeyRequest
from openrouter_core.models.create_byok_key_response import CreateBYOKKeyResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ByokCreateError",
    "ByokCreateRequest",
    "ByokCreateRequestDict",
    "CreateBYOKKeyRequest",
    "CreateBYOKKeyResponse",
    "byok_create",
    "byok_create_async",
]


@attrs.frozen(kw_only=True)
class ByokCreateRequest:
    """The parameters and JSON body of ``POST /byok``.

    - ``body`` (CreateBYOKKeyRequest): the JSON body; its fields are listed in
      ``help(byok_create)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: CreateBYOKKeyRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
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
        body: CreateBYOKKeyRequest,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            ("ByokCreateRequest", self.body, self.http_referer, self.app_title, self.app_categories)
        )

    # --- end of attrs methods ---


class ByokCreateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    allowed_api_key_hashes: list[str] | None
    allowed_models: list[str] | None
    allowed_user_ids: list[str] | None
    disabled: bool | None
    is_fallback: bool | None
    key: Required[str]
    name: str | None
    provider: Required[
        Literal[
            "ai21",
            "aion-labs",
            "akashml",
            "alibaba",
            "amazon-bedrock",
            "amazon-nova",
            "ambient",
            "anthropic",
            "arcee-ai",
            "atlas-cloud",
            "avian",
            "azure",
            "baidu",
            "baseten",
            "black-forest-labs",
            "byteplus",
            "cerebras",
            "chutes",
            "cirrascale",
            "clarifai",
            "cloudflare",
            "cohere",
            "coreweave",
            "crusoe",
            "darkbloom",
            "databricks",
            "decart",
            "deepgram",
            "deepinfra",
            "deepseek",
            "dekallm",
            "digitalocean",
            "featherless",
            "fireworks",
            "fish-audio",
            "friendli",
            "gmicloud",
            "google-ai-studio",
            "google-vertex",
            "groq",
            "heygen",
            "inception",
            "inceptron",
            "inferact-vllm",
            "inference-net",
            "infermatic",
            "inflection",
            "io-net",
            "ionstream",
            "krea",
            "liquid",
            "makora",
            "mancer",
            "mara",
            "meta",
            "minimax",
            "mistral",
            "modal",
            "modelrun",
            "modular",
            "moonshotai",
            "morph",
            "ncompass",
            "nebius",
            "nex-agi",
            "nextbit",
            "novita",
            "nvidia",
            "open-inference",
            "openai",
            "parasail",
            "perceptron",
            "perplexity",
            "phala",
            "poolside",
            "quiver",
            "recraft",
            "reka",
            "relace",
            "runway",
            "sail-research",
            "sakana",
            "sakana-ai",
            "sambanova",
            "seed",
            "siliconflow",
            "sourceful",
            "stepfun",
            "streamlake",
            "switchpoint",
            "tencent",
            "tenstorrent",
            "thinkingmachines",
            "together",
            "upstage",
            "venice",
            "wafer",
            "wandb",
            "wandb-legacy",
            "xai",
            "xiaomi",
            "z-ai",
        ]
        | str
    ]
    workspace_id: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ByokCreateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ByokCreateRequest, CreateBYOKKeyResponse] = Operation(
    operation_id="createBYOKKey",
    method="POST",
    path="/byok",
    request_type=ByokCreateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(CreateBYOKKeyRequest),
    responses=(
        ok(201, CreateBYOKKeyResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(InternalServerResponseError),
    ),
)


def byok_create(
    core: OpenRouterCore,
    request: ByokCreateRequest | ByokCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateBYOKKeyResponse, ByokCreateError]:
    """Create a new bring-your-own-key (BYOK) provider credential.

    ``POST /byok``: Create a BYOK provider credential.

    The raw key is encrypted at rest and never returned in API responses. When
    `workspace_id` is omitted, the credential is created in the default workspace; if that
    default has been deleted, the request returns a 400 and you must pass `workspace_id`
    explicitly. Treat the raw key as write-only; it is never returned after creation. Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ByokCreateRequest`` or a dict with these keys:

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
            - ``disabled`` (bool): Whether this credential should be created in a disabled
              state.
            - ``is_fallback`` (bool): Whether this credential is treated as a fallback —
              used only after non-fallback keys for the same provider have been tried.
            - ``key`` (str, required): The raw provider API key or credential.
            - ``name`` (str): Optional human-readable name for the credential.
            - ``provider`` (str, required): The upstream provider this credential
              authenticates against, as a lowercase slug (e.g. `openai`, `anthropic`,
              `amazon-bedrock`). Known values: :class:`BYOKProviderSlug`.
            - ``workspace_id`` (str): Optional workspace ID to scope the credential to.
            The class takes the body as ``body=CreateBYOKKeyRequest(...)``; keys it does not
            know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(CreateBYOKKeyResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import byok_create

        result = byok_create(core, {"key": "sk-proj-abc123...", "provider": "openai"})
    """
    return invoke(core, OPERATION, request, options)


async def byok_create_async(
    core: OpenRouterCore,
    request: ByokCreateRequest | ByokCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateBYOKKeyResponse, ByokCreateError]:
    """Create a new bring-your-own-key (BYOK) provider credential.

    ``POST /byok``: Create a BYOK provider credential.

    The raw key is encrypted at rest and never returned in API responses. When
    `workspace_id` is omitted, the credential is created in the default workspace; if that
    default has been deleted, the request returns a 400 and you must pass `workspace_id`
    explicitly. Treat the raw key as write-only; it is never returned after creation. Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ByokCreateRequest`` or a dict with these keys:

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
            - ``disabled`` (bool): Whether this credential should be created in a disabled
              state.
            - ``is_fallback`` (bool): Whether this credential is treated as a fallback —
              used only after non-fallback keys for the same provider have been tried.
            - ``key`` (str, required): The raw provider API key or credential.
            - ``name`` (str): Optional human-readable name for the credential.
            - ``provider`` (str, required): The upstream provider this credential
              authenticates against, as a lowercase slug (e.g. `openai`, `anthropic`,
              `amazon-bedrock`). Known values: :class:`BYOKProviderSlug`.
            - ``workspace_id`` (str): Optional workspace ID to scope the credential to.
            The class takes the body as ``body=CreateBYOKKeyRequest(...)``; keys it does not
            know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(CreateBYOKKeyResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import byok_create_async

        result = await byok_create_async(core,
            {"key": "sk-proj-abc123...", "provider": "openai"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
