"""A client the user passes in keeps its httpx semantics: the SDK's requests carry the client's
cookies, default headers and query parameters, go through its auth and event hooks, and join
its base_url, exactly as a request the user built with ``client.build_request`` would."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx
import pytest
from returns.result import Success

from openrouter_core import OpenRouterCore
from openrouter_funcs.api_keys_list import api_keys_list, api_keys_list_async
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

from .conftest import SECRET, FakeClock

CREDITS = {"data": {"total_credits": 100.5, "total_usage": 25.75}}


def _recorder(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body: Any = CREDITS if request.url.path.endswith("/credits") else {"data": []}
        return httpx.Response(200, json=body)

    return httpx.MockTransport(answer)


def _sync_core(seen: list[httpx.Request], **client_settings: Any) -> OpenRouterCore:
    client = httpx.Client(transport=_recorder(seen), **client_settings)
    return OpenRouterCore(api_key=SECRET, client=client, clock=FakeClock())


def _async_core(seen: list[httpx.Request], **client_settings: Any) -> OpenRouterCore:
    client = httpx.AsyncClient(transport=_recorder(seen), **client_settings)
    return OpenRouterCore(api_key=SECRET, async_client=client, clock=FakeClock())


def test_the_clients_cookies_are_sent() -> None:
    seen: list[httpx.Request] = []
    core = _sync_core(seen, cookies={"session": "abc123"})
    assert isinstance(credits_get_credits(core), Success)
    assert seen[0].headers["cookie"] == "session=abc123"


async def test_the_async_clients_cookies_are_sent() -> None:
    seen: list[httpx.Request] = []
    core = _async_core(seen, cookies={"session": "abc123"})
    assert isinstance(await credits_get_credits_async(core), Success)
    assert seen[0].headers["cookie"] == "session=abc123"


def test_cookies_set_on_the_client_later_are_sent() -> None:
    seen: list[httpx.Request] = []
    core = _sync_core(seen)
    assert isinstance(credits_get_credits(core), Success)
    assert "cookie" not in seen[0].headers
    assert core.client is not None
    core.client.cookies.set("session", "later")
    assert isinstance(credits_get_credits(core), Success)
    assert seen[1].headers["cookie"] == "session=later"


def test_the_clients_default_headers_are_sent_and_the_sdks_own_win() -> None:
    seen: list[httpx.Request] = []
    core = _sync_core(
        seen,
        headers={"X-Team": "blue", "Accept": "text/plain", "User-Agent": "their-agent/1"},
    )
    assert isinstance(credits_get_credits(core), Success)
    headers = seen[0].headers
    assert headers["x-team"] == "blue"
    # The SDK's Accept and User-Agent replace the client's (as build_request merges them).
    assert headers.get_list("accept") == ["application/json"]
    assert headers.get_list("user-agent")[0].startswith("openrouter-funcs-python/")
    assert len(headers.get_list("user-agent")) == 1
    assert headers["authorization"] == f"Bearer {SECRET}"


async def test_the_async_clients_default_headers_are_sent() -> None:
    seen: list[httpx.Request] = []
    core = _async_core(seen, headers={"X-Team": "blue"})
    assert isinstance(await credits_get_credits_async(core), Success)
    assert seen[0].headers["x-team"] == "blue"


def test_headers_changed_on_the_client_after_a_call_are_sent() -> None:
    seen: list[httpx.Request] = []
    core = _sync_core(seen, headers={"X-Team": "blue"})
    assert isinstance(credits_get_credits(core), Success)
    assert core.client is not None
    core.client.headers["X-Team"] = "green"
    assert isinstance(credits_get_credits(core), Success)
    assert seen[1].headers["x-team"] == "green"


def test_the_clients_query_parameters_are_merged_with_the_operations() -> None:
    seen: list[httpx.Request] = []
    core = _sync_core(seen, params={"trace": "on"})
    assert isinstance(credits_get_credits(core), Success)
    assert seen[0].url.params["trace"] == "on"
    assert isinstance(api_keys_list(core, {"offset": 5}), Success)
    assert seen[1].url.params["trace"] == "on"
    assert seen[1].url.params["offset"] == "5"


async def test_the_async_clients_query_parameters_are_merged() -> None:
    seen: list[httpx.Request] = []
    core = _async_core(seen, params={"trace": "on"})
    assert isinstance(await api_keys_list_async(core, {"offset": 5}), Success)
    assert dict(seen[0].url.params) == {"trace": "on", "offset": "5"}


class _Signer(httpx.Auth):
    """An auth flow that signs each request (as a user's own scheme might)."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Signature"] = f"signed:{request.url.path}"
        yield request


def test_the_clients_auth_runs() -> None:
    seen: list[httpx.Request] = []
    core = _sync_core(seen, auth=_Signer())
    assert isinstance(credits_get_credits(core), Success)
    assert seen[0].headers["x-signature"] == "signed:/api/v1/credits"


async def test_the_async_clients_auth_runs() -> None:
    seen: list[httpx.Request] = []
    core = _async_core(seen, auth=_Signer())
    assert isinstance(await credits_get_credits_async(core), Success)
    assert seen[0].headers["x-signature"] == "signed:/api/v1/credits"


def test_the_clients_event_hooks_see_the_request_and_the_response() -> None:
    seen: list[httpx.Request] = []
    heard: list[str] = []

    def on_request(request: httpx.Request) -> None:
        heard.append(f"request {request.method} {request.url.path}")

    def on_response(response: httpx.Response) -> None:
        heard.append(f"response {response.status_code}")

    core = _sync_core(seen, event_hooks={"request": [on_request], "response": [on_response]})
    assert isinstance(credits_get_credits(core), Success)
    assert heard == ["request GET /api/v1/credits", "response 200"]


async def test_the_async_clients_event_hooks_run() -> None:
    seen: list[httpx.Request] = []
    heard: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        heard.append(f"request {request.url.path}")

    core = _async_core(seen, event_hooks={"request": [on_request]})
    assert isinstance(await credits_get_credits_async(core), Success)
    assert heard == ["request /api/v1/credits"]


def test_a_relative_server_url_joins_the_clients_base_url() -> None:
    seen: list[httpx.Request] = []
    client = httpx.Client(transport=_recorder(seen), base_url="https://gateway.example/or")
    core = OpenRouterCore(api_key=SECRET, client=client, server_url="/api/v1", clock=FakeClock())
    assert isinstance(credits_get_credits(core), Success)
    assert str(seen[0].url) == "https://gateway.example/or/api/v1/credits"


class _TaggingClient(httpx.Client):
    """A client subclass that adds to every request it builds."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        request = super().build_request(*args, **kwargs)
        request.headers["X-Built-By"] = "subclass"
        return request


def test_a_client_subclass_builds_the_request_itself() -> None:
    seen: list[httpx.Request] = []
    core = OpenRouterCore(
        api_key=SECRET, client=_TaggingClient(transport=_recorder(seen)), clock=FakeClock()
    )
    assert isinstance(credits_get_credits(core), Success)
    assert seen[0].headers["x-built-by"] == "subclass"


@pytest.mark.parametrize(
    ("timeout_ms", "seconds"),
    [(None, 600.0), (2_500, 2.5)],  # None keeps the core's default (600 s), never the client's
)
def test_the_calls_timeout_reaches_the_transport(timeout_ms: int | None, seconds: float) -> None:
    seen: list[httpx.Request] = []
    core = _sync_core(seen, timeout=httpx.Timeout(99))
    assert isinstance(credits_get_credits(core, options={"timeout_ms": timeout_ms}), Success)
    assert seen[0].extensions["timeout"] == dict.fromkeys(
        ("connect", "read", "write", "pool"), seconds
    )
