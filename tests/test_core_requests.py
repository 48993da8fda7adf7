"""What goes on the wire: headers, URLs, env defaults, per-call overrides and input validation."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from pytest_httpx import HTTPXMock
from returns.result import Success

from openrouter_core import OpenRouterCore, RequestOptions, __version__
from openrouter_core.errors import InvalidRequestError, SDKValidationError
from openrouter_funcs.credits_get_credits import (
    CreditsGetCreditsRequest,
    CreditsGetCreditsResponse,
    credits_get_credits,
    credits_get_credits_async,
)

from .conftest import SECRET, make_core

CREDITS = {"data": {"total_credits": 100.5, "total_usage": 25.75}}


def capture(seen: list[httpx.Request], status: int = 200, json: object = CREDITS):  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=json)

    return handler


def test_sends_documented_headers_and_parses_the_credits() -> None:
    seen: list[httpx.Request] = []
    core = make_core(
        capture(seen),
        http_referer="https://myapp.example",
        app_title="My App",
        app_categories="cli-agent",
    )
    result = credits_get_credits(core)
    assert isinstance(result, Success)
    credits = result.unwrap()
    assert isinstance(credits, CreditsGetCreditsResponse)
    assert credits.data.total_credits - credits.data.total_usage == pytest.approx(74.75)
    (request,) = seen
    assert request.method == "GET"
    assert str(request.url) == "https://openrouter.ai/api/v1/credits"
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert request.headers["accept"] == "application/json"
    assert f"openrouter-funcs-python/{__version__}" in request.headers["user-agent"]
    assert request.headers["http-referer"] == "https://myapp.example"
    assert request.headers["x-openrouter-title"] == "My App"
    assert request.headers["x-openrouter-categories"] == "cli-agent"


def test_app_headers_are_left_out_when_unset() -> None:
    seen: list[httpx.Request] = []
    credits_get_credits(make_core(capture(seen)))
    headers = seen[0].headers
    assert "http-referer" not in headers
    assert "x-openrouter-title" not in headers
    assert "x-openrouter-categories" not in headers


@pytest.mark.parametrize(
    "request_value",
    [
        CreditsGetCreditsRequest(
            http_referer="https://call.example", app_title="Call", app_categories="x"
        ),
        {"http_referer": "https://call.example", "app_title": "Call", "app_categories": "x"},
        {
            "HTTP-Referer": "https://call.example",
            "X-OpenRouter-Title": "Call",
            "X-OpenRouter-Categories": "x",
        },
    ],
)
def test_the_requests_app_headers_beat_the_cores(request_value: object) -> None:
    seen: list[httpx.Request] = []
    core = make_core(capture(seen), http_referer="https://core.example", app_title="Core")
    assert isinstance(credits_get_credits(core, request_value), Success)  # type: ignore[arg-type]
    headers = seen[0].headers
    assert headers["http-referer"] == "https://call.example"
    assert headers["x-openrouter-title"] == "Call"
    assert headers["x-openrouter-categories"] == "x"


def test_options_override_server_url_timeout_and_headers() -> None:
    seen: list[httpx.Request] = []
    core = make_core(capture(seen))
    options = RequestOptions(
        server_url="https://proxy.example/v9/",
        timeout_ms=1234,
        http_headers={"X-Trace": "abc", "accept": "application/json; q=1"},
    )
    assert isinstance(credits_get_credits(core, options=options), Success)
    request = seen[0]
    assert str(request.url) == "https://proxy.example/v9/credits"
    assert request.headers["x-trace"] == "abc"
    assert request.headers.get_list("accept") == ["application/json; q=1"]
    assert request.extensions["timeout"] == {
        "connect": 1.234,
        "read": 1.234,
        "write": 1.234,
        "pool": 1.234,
    }


def test_core_timeout_applies_when_the_call_sets_none() -> None:
    seen: list[httpx.Request] = []
    credits_get_credits(make_core(capture(seen), timeout_ms=2500))
    assert seen[0].extensions["timeout"]["read"] == 2.5


def test_env_supplies_key_and_server_url(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-from-env")
    monkeypatch.setenv("OPENROUTER_BASE_URL", "https://env.example/api")
    httpx_mock.add_response(url="https://env.example/api/credits", json=CREDITS)
    with OpenRouterCore() as core:
        assert isinstance(credits_get_credits(core), Success)
    assert httpx_mock.get_request().headers["authorization"] == "Bearer sk-from-env"  # type: ignore[union-attr]


def test_default_server_url_without_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_BASE_URL", raising=False)
    assert OpenRouterCore(api_key="k").server_url == "https://openrouter.ai/api/v1"


def test_no_key_means_no_authorization_header(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    seen: list[httpx.Request] = []
    credits_get_credits(make_core(capture(seen), api_key=None))
    assert "authorization" not in seen[0].headers


def test_a_key_function_is_read_on_every_request() -> None:
    keys = iter(["sk-first", "sk-second"])
    seen: list[httpx.Request] = []
    core = make_core(capture(seen), api_key=lambda: next(keys))
    credits_get_credits(core)
    credits_get_credits(core)
    assert [r.headers["authorization"] for r in seen] == ["Bearer sk-first", "Bearer sk-second"]


def test_a_failing_key_function_is_a_validation_error_not_an_exception() -> None:
    def broken() -> str:
        raise RuntimeError("vault down")

    result = credits_get_credits(make_core(capture([]), api_key=broken))
    assert isinstance(result.failure(), SDKValidationError)
    assert result.failure().field == "api_key"


@pytest.mark.parametrize(
    ("request_value", "field"),
    [
        ({"app_title": 5}, "app_title"),
        ({"app_tittle": "typo"}, "app_tittle"),
        ({"app_title": "two\r\nlines"}, "X-OpenRouter-Title"),
    ],
)
def test_bad_input_is_a_validation_error_naming_the_field(
    request_value: dict[str, object], field: str
) -> None:
    seen: list[httpx.Request] = []
    result = credits_get_credits(make_core(capture(seen)), request_value)
    error = result.failure()
    assert isinstance(error, SDKValidationError)
    assert error.field is not None and field in error.field
    assert field in str(error)
    assert seen == []  # nothing was sent


def test_a_request_of_the_wrong_type_is_refused() -> None:
    result = credits_get_credits(make_core(capture([])), ["not", "a", "dict"])  # type: ignore[arg-type]
    assert isinstance(result.failure(), SDKValidationError)


def test_core_app_header_with_line_break_is_refused_before_sending() -> None:
    seen: list[httpx.Request] = []
    result = credits_get_credits(make_core(capture(seen), app_title="a\nInjected: yes"))
    assert isinstance(result.failure(), SDKValidationError)
    assert seen == []


def test_option_header_with_line_break_is_refused() -> None:
    result = credits_get_credits(
        make_core(capture([])), options=RequestOptions(http_headers={"X-A": "1\r\nX-B: 2"})
    )
    assert isinstance(result.failure(), SDKValidationError)


def test_an_unusable_server_url_is_refused_when_the_core_is_made() -> None:
    with pytest.raises(ValueError, match="server_url must be an http"):
        OpenRouterCore(api_key=SECRET, server_url="ftp://example.com")


def test_an_unusable_per_call_server_url_is_an_invalid_request() -> None:
    result = credits_get_credits(
        OpenRouterCore(api_key=SECRET), options={"server_url": "ftp://example.com"}
    )
    assert isinstance(result.failure(), InvalidRequestError)
    assert SECRET not in str(result.failure())


async def test_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []
    core = make_core(capture(seen), app_title="My App")
    result = await credits_get_credits_async(core, {"app_categories": "cli-agent"})
    assert result.unwrap().data.total_credits == 100.5
    assert seen[0].headers["x-openrouter-title"] == "My App"
    assert seen[0].headers["x-openrouter-categories"] == "cli-agent"
    assert seen[0].headers["authorization"] == f"Bearer {SECRET}"


def test_importing_one_function_imports_no_other_function_module() -> None:
    code = (
        "import sys, openrouter_funcs.credits_get_credits\n"
        "print(sorted(m for m in sys.modules if m.startswith('openrouter_funcs.')))\n"
        "import openrouter_funcs\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['openrouter_funcs.credits_get_credits']"


def test_importing_one_pages_module_imports_only_its_own_function() -> None:
    code = (
        "import sys, openrouter_funcs.byok_list_pages\n"
        "print(sorted(m for m in sys.modules if m.startswith('openrouter_funcs.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (
        out.stdout.strip() == "['openrouter_funcs.byok_list', 'openrouter_funcs.byok_list_pages']"
    )


def test_importing_the_package_imports_no_function() -> None:
    code = (
        "import sys, openrouter_funcs\n"
        "print(sorted(m for m in sys.modules if m.startswith('openrouter_funcs.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_form_body_goes_out_url_encoded() -> None:
    # RFC 8693 token exchange (POST /oauth/token) takes application/x-www-form-urlencoded.
    import attrs

    from openrouter_core._operation import Body, Operation, ok
    from openrouter_core._pipeline import invoke

    @attrs.frozen(kw_only=True)
    class TokenRequest:
        grant_type: str = attrs.field(metadata={"wire": "grant_type"})
        scopes: list[str] = attrs.field(metadata={"wire": "scope"})
        audience: str | None = attrs.field(default=None, metadata={"wire": "audience"})

    operation: Operation[TokenRequest, None] = Operation(
        operation_id="formTest",
        method="POST",
        path="/oauth/token",
        request_type=TokenRequest,
        body=Body("form", "application/x-www-form-urlencoded"),
        responses=(ok(200, None),),
    )
    seen: list[httpx.Request] = []
    core = make_core(capture(seen, json={"access_token": "t"}))
    request = {
        "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
        "scope": ["a b", "c&d"],
    }
    result = invoke(core, operation, request, None)
    assert isinstance(result, Success), result
    (sent,) = seen
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.content == (
        b"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&scope=a+b&scope=c%26d"
    )


@pytest.mark.parametrize(
    ("server_url", "expected"),
    [
        (None, "https://openrouter.ai/api/alpha/decisions"),
        ("https://eu.example:8443/api/v1/", "https://eu.example:8443/api/alpha/decisions"),
    ],
)
def test_an_operation_from_the_origin_goes_beside_api_v1(
    server_url: str | None, expected: str
) -> None:
    # The alpha APIs (POST /api/alpha/decisions) live below the host, not below /api/v1.
    from openrouter_core._operation import Operation, ok
    from openrouter_core._pipeline import invoke

    operation: Operation[None, None] = Operation(
        operation_id="originTest",
        method="GET",
        path="/api/alpha/decisions",
        request_type=None,
        responses=(ok(200, None),),
        from_origin=True,
    )
    seen: list[httpx.Request] = []
    core = make_core(capture(seen, json={}))
    options = RequestOptions(server_url=server_url) if server_url else None
    assert isinstance(invoke(core, operation, None, options), Success)
    assert str(seen[0].url) == expected
