# Generated from the OpenRouter OpenAPI spec (listTools) by `python -m codegen`; do not edit.
"""List server tools: ``GET /tools``.

Lists every server tool OpenRouter can run on behalf of a model: accepted `tools[].type`
spellings per API format, the engines behind it with their pricing, and how many endpoints run
it natively.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.list_tools_response import ListToolsResponse

__all__ = [
    "ListToolsError",
    "ListToolsRequest",
    "ListToolsResponse",
    "tools_list_tools",
    "tools_list_tools_async",
]


@attrs.frozen(kw_only=True)
class ListToolsRequest:
    """The parameters of ``GET /tools``."""

    offset: int | None = attrs.field(default=None, metadata={"wire": "offset"})
    """Number of records to skip for pagination."""
    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of records to return (max 100)."""
    api_format: str | None = attrs.field(default=None, metadata={"wire": "api_format"})
    """Only tools usable on this API format."""
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
ListToolsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ListToolsRequest, ListToolsResponse] = Operation(
    operation_id="listTools",
    method="GET",
    path="/tools",
    request_type=ListToolsRequest,
    params=(
        query("offset", "offset"),
        query("limit", "limit"),
        query("api_format", "api_format"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListToolsResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def tools_list_tools(
    core: OpenRouterCore,
    request: ListToolsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListToolsResponse, ListToolsError]:
    """Lists every server tool OpenRouter can run on behalf of a model: accepted `tools[].type` spellings per API format, the engines behind it with their pricing, and how many endpoints run it natively."""
    return invoke(core, OPERATION, request, options)


async def tools_list_tools_async(
    core: OpenRouterCore,
    request: ListToolsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListToolsResponse, ListToolsError]:
    """Lists every server tool OpenRouter can run on behalf of a model: accepted `tools[].type` spellings per API format, the engines behind it with their pricing, and how many endpoints run it natively."""
    return await invoke_async(core, OPERATION, request, options)
