"""Transport safety: redirects, TLS defaults and plain-http warnings."""

from __future__ import annotations

import logging

import httpx
import pytest
from pytest_httpx import HTTPXMock

from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core.errors import OpenRouterDefaultError
from openrouter_funcs.credits_get_credits import credits_get_credits

from .conftest import SECRET

CREDITS = {"data": {"total_credits": 1.0, "total_usage": 0.0}}


def test_redirects_are_not_followed_by_default(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url="https://openrouter.ai/api/v1/credits",
        status_code=307,
        headers={"location": "https://evil.example/steal"},
    )
    with OpenRouterCore(api_key=SECRET, retry_config=RetryConfig(strategy="none")) as core:
        result = credits_get_credits(core)
    assert isinstance(result.failure(), OpenRouterDefaultError)
    assert len(httpx_mock.get_requests()) == 1


def test_a_followed_redirect_to_another_host_drops_the_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "openrouter.ai":
            return httpx.Response(307, headers={"location": "https://other.example/credits"})
        return httpx.Response(200, json=CREDITS)

    client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    core = OpenRouterCore(api_key=SECRET, client=client)
    assert credits_get_credits(core).unwrap().data.total_credits == 1.0
    assert seen[0].headers["authorization"] == f"Bearer {SECRET}"
    assert seen[1].url.host == "other.example"
    assert "authorization" not in seen[1].headers


def test_clients_the_core_makes_verify_tls() -> None:
    core = OpenRouterCore(api_key=SECRET)
    client = core.sync_client()
    pool = client._transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"
    assert client.follow_redirects is False
    core.close()


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://api.example.com/v1", True),
        ("http://localhost:8080/v1", False),
        ("http://127.0.0.1:9/v1", False),
        ("https://openrouter.ai/api/v1", False),
    ],
)
def test_plain_http_to_a_remote_host_is_warned_about(
    url: str, warned: bool, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger("test.transport")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=CREDITS))
    core = OpenRouterCore(
        api_key=SECRET,
        server_url=url,
        client=httpx.Client(transport=transport),
        debug_logger=logger,
    )
    with caplog.at_level(logging.DEBUG, logger="test.transport"):
        credits_get_credits(core)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert bool(warnings) is warned
    assert all(SECRET not in r.getMessage() for r in caplog.records)
