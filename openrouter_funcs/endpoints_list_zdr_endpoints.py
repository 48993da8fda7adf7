# Generated from the OpenRouter OpenAPI spec (listEndpointsZdr) by `python -m codegen`; do not edit.
"""Preview the impact of ZDR on the available endpoints: ``GET /endpoints/zdr``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
)
from openrouter_core.models.list_endpoints_zdr_response import ListEndpointsZdrResponse

__all__ = [
    "ListEndpointsZdrError",
    "ListEndpointsZdrRequest",
    "ListEndpointsZdrResponse",
    "endpoints_list_zdr_endpoints",
    "endpoints_list_zdr_endpoints_async",
]


@attrs.frozen(kw_only=True)
class ListEndpointsZdrRequest:
    """The parameters of ``GET /endpoints/zdr``."""

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
ListEndpointsZdrError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ListEndpointsZdrRequest, ListEndpointsZdrResponse] = Operation(
    operation_id="listEndpointsZdr",
    method="GET",
    path="/endpoints/zdr",
    request_type=ListEndpointsZdrRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListEndpointsZdrResponse),
        fails(ForbiddenResponseError),
        fails(InternalServerResponseError),
    ),
)


def endpoints_list_zdr_endpoints(
    core: OpenRouterCore,
    request: ListEndpointsZdrRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListEndpointsZdrResponse, ListEndpointsZdrError]:
    """Preview the impact of ZDR on the available endpoints."""
    return invoke(core, OPERATION, request, options)


async def endpoints_list_zdr_endpoints_async(
    core: OpenRouterCore,
    request: ListEndpointsZdrRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListEndpointsZdrResponse, ListEndpointsZdrError]:
    """Preview the impact of ZDR on the available endpoints."""
    return await invoke_async(core, OPERATION, request, options)
