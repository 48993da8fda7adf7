# Generated from the OpenRouter OpenAPI spec (createCoinbaseCharge) by `python -m codegen`; do not edit.
"""Deprecated Coinbase Commerce charge endpoint: ``POST /credits/coinbase``.

Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce
charges have been removed. Use the web credits purchase flow instead.

Deprecated by OpenRouter, which answers 410 Gone; kept because the public spec lists it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok_empty
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    GoneResponseError,
    HTTPClientError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
)

__all__ = [
    "CreateCoinbaseChargeError",
    "CreateCoinbaseChargeRequest",
    "credits_create_coinbase_charge",
    "credits_create_coinbase_charge_async",
]


@attrs.frozen(kw_only=True)
class CreateCoinbaseChargeRequest:
    """The parameters of ``POST /credits/coinbase``."""

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
CreateCoinbaseChargeError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateCoinbaseChargeRequest, None] = Operation(
    operation_id="createCoinbaseCharge",
    method="POST",
    path="/credits/coinbase",
    request_type=CreateCoinbaseChargeRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok_empty(200),
        fails(GoneResponseError),
    ),
)


def credits_create_coinbase_charge(
    core: OpenRouterCore,
    request: CreateCoinbaseChargeRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, CreateCoinbaseChargeError]:
    """Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce charges have been removed."""
    return invoke(core, OPERATION, request, options)


async def credits_create_coinbase_charge_async(
    core: OpenRouterCore,
    request: CreateCoinbaseChargeRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, CreateCoinbaseChargeError]:
    """Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce charges have been removed."""
    return await invoke_async(core, OPERATION, request, options)
