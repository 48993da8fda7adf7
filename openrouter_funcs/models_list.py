# Generated from the OpenRouter OpenAPI spec (getModels) by `python -m codegen`; do not edit.
"""List all models and their properties: ``GET /models``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
)
from openrouter_core.models.models_list_response import ModelsListResponse, ModelsListResponseLinks

__all__ = [
    "ModelsListError",
    "ModelsListRequest",
    "ModelsListRequestDict",
    "ModelsListResponse",
    "ModelsListResponseLinks",
    "models_list",
    "models_list_async",
]


@attrs.frozen(kw_only=True)
class ModelsListRequest:
    """The parameters of ``GET /models``.

    - ``offset`` (int, optional): Number of records to skip for pagination.
    - ``limit`` (int, optional): Maximum number of records to return (max 1000).
    - ``category`` (str, optional): Filter models by use case category.
    - ``supported_parameters`` (str, optional): Filter models by supported parameter
      (comma-separated).
    - ``output_modalities`` (str, optional): Filter models by output modality.
    - ``sort`` (str, optional): Sort the returned models server-side.
    - ``q`` (str, optional): Free-text search by model name or slug.
    - ``input_modalities`` (str, optional): Filter models by input modality.
    - ``context`` (int, optional): Minimum context length (tokens).
    - ``min_price`` (float, optional): Minimum prompt price in $/M tokens.
    - ``max_price`` (float, optional): Maximum prompt price in $/M tokens.
    - ``arch`` (str, optional): Filter models by architecture/model family (e.g. GPT,
      Claude, Gemini, Llama).
    - ``model_authors`` (str, optional): Filter models by the organization that created the
      model.
    - ``providers`` (str, optional): Filter models by hosting provider.
    - ``distillable`` (str, optional): Filter by distillation capability.
    - ``zdr`` (str, optional): When set to "true", return only models with zero data
      retention endpoints.
    - ``region`` (str, optional): Filter to models with endpoints in the given data region
      ("eu" or "us").
    - ``min_output_price`` (float, optional): Minimum completion (output) price in $/M
      tokens.
    - ``max_output_price`` (float, optional): Maximum completion (output) price in $/M
      tokens.
    - ``min_age_days`` (int, optional): Minimum model age in days since its creation date.
    - ``max_age_days`` (int, optional): Maximum model age in days since its creation date.
    - ``min_intelligence_index`` (float, optional): Minimum Artificial Analysis intelligence
      index.
    - ``max_intelligence_index`` (float, optional): Maximum Artificial Analysis intelligence
      index.
    - ``min_coding_index`` (float, optional): Minimum Artificial Analysis coding index.
    - ``max_coding_index`` (float, optional): Maximum Artificial Analysis coding index.
    - ``min_agentic_index`` (float, optional): Minimum Artificial Analysis agentic index.
    - ``max_agentic_index`` (float, optional): Maximum Artificial Analysis agentic index.
    - ``min_tool_success_rate`` (float, optional): Minimum tool-calling success rate, as a
      fraction in [0, 1] (e.g. 0.9 = 90% of requests finishing with a tool_calls finish
      reason).
    - ``max_tool_success_rate`` (float, optional): Maximum tool-calling success rate, as a
      fraction in [0, 1].
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    offset: int | None = attrs.field(default=None, metadata={"wire": "offset"})
    """Number of records to skip for pagination."""
    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of records to return (max 1000)."""
    category: str | None = attrs.field(default=None, metadata={"wire": "category"})
    """Filter models by use case category."""
    supported_parameters: str | None = attrs.field(
        default=None, metadata={"wire": "supported_parameters"}
    )
    """Filter models by supported parameter (comma-separated)."""
    output_modalities: str | None = attrs.field(
        default=None, metadata={"wire": "output_modalities"}
    )
    """Filter models by output modality."""
    sort: str | None = attrs.field(default=None, metadata={"wire": "sort"})
    """Sort the returned models server-side."""
    q: str | None = attrs.field(default=None, metadata={"wire": "q"})
    """Free-text search by model name or slug."""
    input_modalities: str | None = attrs.field(default=None, metadata={"wire": "input_modalities"})
    """Filter models by input modality."""
    context: int | None = attrs.field(default=None, metadata={"wire": "context"})
    """Minimum context length (tokens)."""
    min_price: float | None = attrs.field(default=None, metadata={"wire": "min_price"})
    """Minimum prompt price in $/M tokens."""
    max_price: float | None = attrs.field(default=None, metadata={"wire": "max_price"})
    """Maximum prompt price in $/M tokens."""
    arch: str | None = attrs.field(default=None, metadata={"wire": "arch"})
    """Filter models by architecture/model family (e.g. GPT, Claude, Gemini, Llama)."""
    model_authors: str | None = attrs.field(default=None, metadata={"wire": "model_authors"})
    """Filter models by the organization that created the model."""
    providers: str | None = attrs.field(default=None, metadata={"wire": "providers"})
    """Filter models by hosting provider."""
    distillable: str | None = attrs.field(default=None, metadata={"wire": "distillable"})
    """Filter by distillation capability."""
    zdr: str | None = attrs.field(default=None, metadata={"wire": "zdr"})
    """When set to "true", return only models with zero data retention endpoints."""
    region: str | None = attrs.field(default=None, metadata={"wire": "region"})
    """Filter to models with endpoints in the given data region ("eu" or "us")."""
    min_output_price: float | None = attrs.field(
        default=None, metadata={"wire": "min_output_price"}
    )
    """Minimum completion (output) price in $/M tokens."""
    max_output_price: float | None = attrs.field(
        default=None, metadata={"wire": "max_output_price"}
    )
    """Maximum completion (output) price in $/M tokens."""
    min_age_days: int | None = attrs.field(default=None, metadata={"wire": "min_age_days"})
    """Minimum model age in days since its creation date."""
    max_age_days: int | None = attrs.field(default=None, metadata={"wire": "max_age_days"})
    """Maximum model age in days since its creation date."""
    min_intelligence_index: float | None = attrs.field(
        default=None, metadata={"wire": "min_intelligence_index"}
    )
    """Minimum Artificial Analysis intelligence index."""
    max_intelligence_index: float | None = attrs.field(
        default=None, metadata={"wire": "max_intelligence_index"}
    )
    """Maximum Artificial Analysis intelligence index."""
    min_coding_index: float | None = attrs.field(
        default=None, metadata={"wire": "min_coding_index"}
    )
    """Minimum Artificial Analysis coding index."""
    max_coding_index: float | None = attrs.field(
        default=None, metadata={"wire": "max_coding_index"}
    )
    """Maximum Artificial Analysis coding index."""
    min_agentic_index: float | None = attrs.field(
        default=None, metadata={"wire": "min_agentic_index"}
    )
    """Minimum Artificial Analysis agentic index."""
    max_agentic_index: float | None = attrs.field(
        default=None, metadata={"wire": "max_agentic_index"}
    )
    """Maximum Artificial Analysis agentic index."""
    min_tool_success_rate: float | None = attrs.field(
        default=None, metadata={"wire": "min_tool_success_rate"}
    )
    """Minimum tool-calling success rate, as a fraction in [0, 1] (e.g. 0.9 = 90% of requests finishing with a tool_calls finish reason)."""
    max_tool_success_rate: float | None = attrs.field(
        default=None, metadata={"wire": "max_tool_success_rate"}
    )
    """Maximum tool-calling success rate, as a fraction in [0, 1]."""
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
        offset: int | None = None,
        limit: int | None = None,
        category: str | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        sort: str | None = None,
        q: str | None = None,
        input_modalities: str | None = None,
        context: int | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        arch: str | None = None,
        model_authors: str | None = None,
        providers: str | None = None,
        distillable: str | None = None,
        zdr: str | None = None,
        region: str | None = None,
        min_output_price: float | None = None,
        max_output_price: float | None = None,
        min_age_days: int | None = None,
        max_age_days: int | None = None,
        min_intelligence_index: float | None = None,
        max_intelligence_index: float | None = None,
        min_coding_index: float | None = None,
        max_coding_index: float | None = None,
        min_agentic_index: float | None = None,
        max_agentic_index: float | None = None,
        min_tool_success_rate: float | None = None,
        max_tool_success_rate: float | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("offset", offset)
        _setattr("limit", limit)
        _setattr("category", category)
        _setattr("supported_parameters", supported_parameters)
        _setattr("output_modalities", output_modalities)
        _setattr("sort", sort)
        _setattr("q", q)
        _setattr("input_modalities", input_modalities)
        _setattr("context", context)
        _setattr("min_price", min_price)
        _setattr("max_price", max_price)
        _setattr("arch", arch)
        _setattr("model_authors", model_authors)
        _setattr("providers", providers)
        _setattr("distillable", distillable)
        _setattr("zdr", zdr)
        _setattr("region", region)
        _setattr("min_output_price", min_output_price)
        _setattr("max_output_price", max_output_price)
        _setattr("min_age_days", min_age_days)
        _setattr("max_age_days", max_age_days)
        _setattr("min_intelligence_index", min_intelligence_index)
        _setattr("max_intelligence_index", max_intelligence_index)
        _setattr("min_coding_index", min_coding_index)
        _setattr("max_coding_index", max_coding_index)
        _setattr("min_agentic_index", min_agentic_index)
        _setattr("max_agentic_index", max_agentic_index)
        _setattr("min_tool_success_rate", min_tool_success_rate)
        _setattr("max_tool_success_rate", max_tool_success_rate)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"offset={self.offset!r}, "
            f"limit={self.limit!r}, "
            f"category={self.category!r}, "
            f"supported_parameters={self.supported_parameters!r}, "
            f"output_modalities={self.output_modalities!r}, "
            f"sort={self.sort!r}, "
            f"q={self.q!r}, "
            f"input_modalities={self.input_modalities!r}, "
            f"context={self.context!r}, "
            f"min_price={self.min_price!r}, "
            f"max_price={self.max_price!r}, "
            f"arch={self.arch!r}, "
            f"model_authors={self.model_authors!r}, "
            f"providers={self.providers!r}, "
            f"distillable={self.distillable!r}, "
            f"zdr={self.zdr!r}, "
            f"region={self.region!r}, "
            f"min_output_price={self.min_output_price!r}, "
            f"max_output_price={self.max_output_price!r}, "
            f"min_age_days={self.min_age_days!r}, "
            f"max_age_days={self.max_age_days!r}, "
            f"min_intelligence_index={self.min_intelligence_index!r}, "
            f"max_intelligence_index={self.max_intelligence_index!r}, "
            f"min_coding_index={self.min_coding_index!r}, "
            f"max_coding_index={self.max_coding_index!r}, "
            f"min_agentic_index={self.min_agentic_index!r}, "
            f"max_agentic_index={self.max_agentic_index!r}, "
            f"min_tool_success_rate={self.min_tool_success_rate!r}, "
            f"max_tool_success_rate={self.max_tool_success_rate!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.offset,
            self.limit,
            self.category,
            self.supported_parameters,
            self.output_modalities,
            self.sort,
            self.q,
            self.input_modalities,
            self.context,
            self.min_price,
            self.max_price,
            self.arch,
            self.model_authors,
            self.providers,
            self.distillable,
            self.zdr,
            self.region,
            self.min_output_price,
            self.max_output_price,
            self.min_age_days,
            self.max_age_days,
            self.min_intelligence_index,
            self.max_intelligence_index,
            self.min_coding_index,
            self.max_coding_index,
            self.min_agentic_index,
            self.max_agentic_index,
            self.min_tool_success_rate,
            self.max_tool_success_rate,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.offset,
            other.limit,
            other.category,
            other.supported_parameters,
            other.output_modalities,
            other.sort,
            other.q,
            other.input_modalities,
            other.context,
            other.min_price,
            other.max_price,
            other.arch,
            other.model_authors,
            other.providers,
            other.distillable,
            other.zdr,
            other.region,
            other.min_output_price,
            other.max_output_price,
            other.min_age_days,
            other.max_age_days,
            other.min_intelligence_index,
            other.max_intelligence_index,
            other.min_coding_index,
            other.max_coding_index,
            other.min_agentic_index,
            other.max_agentic_index,
            other.min_tool_success_rate,
            other.max_tool_success_rate,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ModelsListRequest",
                self.offset,
                self.limit,
                self.category,
                self.supported_parameters,
                self.output_modalities,
                self.sort,
                self.q,
                self.input_modalities,
                self.context,
                self.min_price,
                self.max_price,
                self.arch,
                self.model_authors,
                self.providers,
                self.distillable,
                self.zdr,
                self.region,
                self.min_output_price,
                self.max_output_price,
                self.min_age_days,
                self.max_age_days,
                self.min_intelligence_index,
                self.max_intelligence_index,
                self.min_coding_index,
                self.max_coding_index,
                self.min_agentic_index,
                self.max_agentic_index,
                self.min_tool_success_rate,
                self.max_tool_success_rate,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ModelsListRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    offset: int
    limit: int
    category: str
    supported_parameters: str
    output_modalities: str
    sort: str
    q: str
    input_modalities: str
    context: int
    min_price: float
    max_price: float
    arch: str
    model_authors: str
    providers: str
    distillable: str
    zdr: str
    region: str
    min_output_price: float
    max_output_price: float
    min_age_days: int
    max_age_days: int
    min_intelligence_index: float
    max_intelligence_index: float
    min_coding_index: float
    max_coding_index: float
    min_agentic_index: float
    max_agentic_index: float
    min_tool_success_rate: float
    max_tool_success_rate: float
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ModelsListError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ModelsListRequest, ModelsListResponse] = Operation(
    operation_id="getModels",
    method="GET",
    path="/models",
    request_type=ModelsListRequest,
    params=(
        query("offset", "offset"),
        query("limit", "limit"),
        query("category", "category"),
        query("supported_parameters", "supported_parameters"),
        query("output_modalities", "output_modalities"),
        query("sort", "sort"),
        query("q", "q"),
        query("input_modalities", "input_modalities"),
        query("context", "context"),
        query("min_price", "min_price"),
        query("max_price", "max_price"),
        query("arch", "arch"),
        query("model_authors", "model_authors"),
        query("providers", "providers"),
        query("distillable", "distillable"),
        query("zdr", "zdr"),
        query("region", "region"),
        query("min_output_price", "min_output_price"),
        query("max_output_price", "max_output_price"),
        query("min_age_days", "min_age_days"),
        query("max_age_days", "max_age_days"),
        query("min_intelligence_index", "min_intelligence_index"),
        query("max_intelligence_index", "max_intelligence_index"),
        query("min_coding_index", "min_coding_index"),
        query("max_coding_index", "max_coding_index"),
        query("min_agentic_index", "min_agentic_index"),
        query("max_agentic_index", "max_agentic_index"),
        query("min_tool_success_rate", "min_tool_success_rate"),
        query("max_tool_success_rate", "max_tool_success_rate"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ModelsListResponse),
        fails(BadRequestResponseError),
        fails(ForbiddenResponseError),
        fails(InternalServerResponseError),
    ),
)


def models_list(
    core: OpenRouterCore,
    request: ModelsListRequest | ModelsListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ModelsListResponse, ModelsListError]:
    """List all models and their properties.

    ``GET /models``: List all models and their properties.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ModelsListRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``offset`` (int): Number of records to skip for pagination.
            - ``limit`` (int): Maximum number of records to return (max 1000).
            - ``category`` (str): Filter models by use case category.
            - ``supported_parameters`` (str): Filter models by supported parameter
              (comma-separated).
            - ``output_modalities`` (str): Filter models by output modality.
            - ``sort`` (str): Sort the returned models server-side.
            - ``q`` (str): Free-text search by model name or slug.
            - ``input_modalities`` (str): Filter models by input modality.
            - ``context`` (int): Minimum context length (tokens).
            - ``min_price`` (float): Minimum prompt price in $/M tokens.
            - ``max_price`` (float): Maximum prompt price in $/M tokens.
            - ``arch`` (str): Filter models by architecture/model family (e.g. GPT, Claude,
              Gemini, Llama).
            - ``model_authors`` (str): Filter models by the organization that created the
              model.
            - ``providers`` (str): Filter models by hosting provider.
            - ``distillable`` (str): Filter by distillation capability.
            - ``zdr`` (str): When set to "true", return only models with zero data retention
              endpoints.
            - ``region`` (str): Filter to models with endpoints in the given data region
              ("eu" or "us").
            - ``min_output_price`` (float): Minimum completion (output) price in $/M tokens.
            - ``max_output_price`` (float): Maximum completion (output) price in $/M tokens.
            - ``min_age_days`` (int): Minimum model age in days since its creation date.
            - ``max_age_days`` (int): Maximum model age in days since its creation date.
            - ``min_intelligence_index`` (float): Minimum Artificial Analysis intelligence
              index.
            - ``max_intelligence_index`` (float): Maximum Artificial Analysis intelligence
              index.
            - ``min_coding_index`` (float): Minimum Artificial Analysis coding index.
            - ``max_coding_index`` (float): Maximum Artificial Analysis coding index.
            - ``min_agentic_index`` (float): Minimum Artificial Analysis agentic index.
            - ``max_agentic_index`` (float): Maximum Artificial Analysis agentic index.
            - ``min_tool_success_rate`` (float): Minimum tool-calling success rate, as a
              fraction in [0, 1] (e.g. 0.9 = 90% of requests finishing with a tool_calls
              finish reason).
            - ``max_tool_success_rate`` (float): Maximum tool-calling success rate, as a
              fraction in [0, 1].
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ModelsListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 403: ``ForbiddenResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import models_list

        result = models_list(core)
    """
    return invoke(core, OPERATION, request, options)


async def models_list_async(
    core: OpenRouterCore,
    request: ModelsListRequest | ModelsListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ModelsListResponse, ModelsListError]:
    """List all models and their properties.

    ``GET /models``: List all models and their properties.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ModelsListRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``offset`` (int): Number of records to skip for pagination.
            - ``limit`` (int): Maximum number of records to return (max 1000).
            - ``category`` (str): Filter models by use case category.
            - ``supported_parameters`` (str): Filter models by supported parameter
              (comma-separated).
            - ``output_modalities`` (str): Filter models by output modality.
            - ``sort`` (str): Sort the returned models server-side.
            - ``q`` (str): Free-text search by model name or slug.
            - ``input_modalities`` (str): Filter models by input modality.
            - ``context`` (int): Minimum context length (tokens).
            - ``min_price`` (float): Minimum prompt price in $/M tokens.
            - ``max_price`` (float): Maximum prompt price in $/M tokens.
            - ``arch`` (str): Filter models by architecture/model family (e.g. GPT, Claude,
              Gemini, Llama).
            - ``model_authors`` (str): Filter models by the organization that created the
              model.
            - ``providers`` (str): Filter models by hosting provider.
            - ``distillable`` (str): Filter by distillation capability.
            - ``zdr`` (str): When set to "true", return only models with zero data retention
              endpoints.
            - ``region`` (str): Filter to models with endpoints in the given data region
              ("eu" or "us").
            - ``min_output_price`` (float): Minimum completion (output) price in $/M tokens.
            - ``max_output_price`` (float): Maximum completion (output) price in $/M tokens.
            - ``min_age_days`` (int): Minimum model age in days since its creation date.
            - ``max_age_days`` (int): Maximum model age in days since its creation date.
            - ``min_intelligence_index`` (float): Minimum Artificial Analysis intelligence
              index.
            - ``max_intelligence_index`` (float): Maximum Artificial Analysis intelligence
              index.
            - ``min_coding_index`` (float): Minimum Artificial Analysis coding index.
            - ``max_coding_index`` (float): Maximum Artificial Analysis coding index.
            - ``min_agentic_index`` (float): Minimum Artificial Analysis agentic index.
            - ``max_agentic_index`` (float): Maximum Artificial Analysis agentic index.
            - ``min_tool_success_rate`` (float): Minimum tool-calling success rate, as a
              fraction in [0, 1] (e.g. 0.9 = 90% of requests finishing with a tool_calls
              finish reason).
            - ``max_tool_success_rate`` (float): Maximum tool-calling success rate, as a
              fraction in [0, 1].
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ModelsListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 403: ``ForbiddenResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import models_list_async

        result = await models_list_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
