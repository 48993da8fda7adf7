# Generated from the OpenRouter OpenAPI spec (getTool) by `python -m codegen`; do not edit.
"""Get a server tool: ``GET /tools/{name}``.

One server tool by canonical name or any accepted alias, with the models that run it natively.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path
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
from openrouter_core.models.get_tool_response import GetToolResponse

__all__ = [
    "GetToolError",
    "GetToolRequest",
    "GetToolResponse",
    "tools_get_tool",
    "tools_get_tool_async",
]


@attrs.frozen(kw_only=True)
class GetToolRequest:
    """The parameters of ``GET /tools/{name}``."""

    name: str = attrs.field(metadata={"wire": "name"})
    """Canonical `openrouter:*` name or any accepted `tools[].type` alias."""
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
GetToolError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GetToolRequest, GetToolResponse] = Operation(
    operation_id="getTool",
    method="GET",
    path="/tools/{name}",
    request_type=GetToolRequest,
    params=(
        path("name", "name"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, GetToolResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def tools_get_tool(
    core: OpenRouterCore,
    request: GetToolRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[GetToolResponse, GetToolError]:
    """One server tool by canonical name or any accepted alias, with the models that run it natively."""
    return invoke(core, OPERATION, request, options)


async def tools_get_tool_async(
    core: OpenRouterCore,
    request: GetToolRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[GetToolResponse, GetToolError]:
    """One server tool by canonical name or any accepted alias, with the models that run it natively."""
    return await invoke_async(core, OPERATION, request, options)
