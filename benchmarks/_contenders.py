"""How each contender is built and how its answers are checked, so every section does it alike.

Every contender gets the same key, timeout and (where the section supplies one) the same kind
of httpx client, so the numbers differ only by what each SDK does with a response.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

import httpx

from benchmarks._payloads import CREDITS_TOTAL
from benchmarks._results import Unavailable, reason_of

API_KEY = "sk-or-v1-benchmark"
TIMEOUT_MS = 60_000
# Generous because a thousand requests queued on one pool wait their turn; a pool timeout
# would turn a slow contender into an error instead of a number.
HTTPX_TIMEOUT = httpx.Timeout(TIMEOUT_MS / 1_000)


def ours_function(module: str, name: str) -> Callable[..., Any]:
    """``openrouter_funcs.<module>.<name>``, or Unavailable saying why it cannot be had yet."""
    try:
        mod = importlib.import_module(f"openrouter_funcs.{module}")
    except Exception as exc:
        raise Unavailable(f"import openrouter_funcs.{module} failed: {reason_of(exc)}") from exc
    func: Callable[..., Any] | None = getattr(mod, name, None)
    if not callable(func):
        raise Unavailable(f"openrouter_funcs.{module} has no {name}")
    return func


def ours_core(
    server_url: str,
    client: httpx.Client | None = None,
    async_client: httpx.AsyncClient | None = None,
) -> Any:
    """Our OpenRouterCore pointed at ``server_url``."""
    try:
        from openrouter_core import OpenRouterCore

        return OpenRouterCore(
            api_key=API_KEY,
            server_url=server_url,
            client=client,
            async_client=async_client,
            timeout_ms=TIMEOUT_MS,
        )
    except Exception as exc:
        raise Unavailable(f"OpenRouterCore(...) failed: {reason_of(exc)}") from exc


def official_sdk(
    server_url: str,
    client: httpx.Client | None = None,
    async_client: httpx.AsyncClient | None = None,
) -> Any:
    """The official ``openrouter.OpenRouter`` pointed at ``server_url``."""
    try:
        from openrouter import OpenRouter
    except ImportError as exc:
        raise Unavailable("the official `openrouter` package is not installed") from exc
    return OpenRouter(
        api_key=API_KEY,
        server_url=server_url,
        client=client,
        async_client=async_client,
        timeout_ms=TIMEOUT_MS,
    )


def openai_http_module() -> ModuleType:
    """The httpx flavour the installed ``openai`` expects for ``http_client=``.

    Recent ``openai`` releases moved from ``httpx`` to ``httpx2``; the class its default client
    derives from tells which one is installed.
    """
    try:
        import openai
    except ImportError as exc:
        raise Unavailable("the `openai` package is not installed") from exc
    base = openai.DefaultHttpxClient.__mro__[1]
    return sys.modules[base.__module__.split(".")[0]]


def unwrap(result: object) -> Any:
    """The value inside our Success, or Unavailable carrying the Failure's error."""
    try:
        from returns.result import Failure, Success
    except ImportError as exc:
        raise Unavailable("the `returns` package is not installed") from exc
    if isinstance(result, Success):
        return result.unwrap()
    if isinstance(result, Failure):
        raise Unavailable(f"returned Failure({reason_of(result.failure())})")
    raise Unavailable(f"returned {type(result).__name__}, not a returns Result")


def check_credits(value: object) -> None:
    """Refuse to time a contender whose credits answer is not the one the server sent."""
    if repr(CREDITS_TOTAL) not in repr(value):
        raise Unavailable(f"credits answer lacks total_credits={CREDITS_TOTAL}: {value!r:.80}")


def check_models(value: object, expected: int) -> None:
    """Refuse to time a contender that did not parse every model of the page."""
    data: Any
    if isinstance(value, Mapping):
        data = value.get("data")
    else:
        # The official SDK wraps the page in a response object's `.result`.
        page = getattr(value, "result", value)
        data = getattr(page, "data", None)
    if not isinstance(data, list) or len(data) != expected:
        got = len(data) if isinstance(data, list) else type(data).__name__
        raise Unavailable(f"models answer has {got} models, expected {expected}")
