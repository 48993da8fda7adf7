"""A ``server_url`` carrying ``user:password@`` is refused, and the password is never shown.

httpx turns a URL's userinfo into ``Authorization: Basic ...``, which replaced the Bearer key
(so the key was never sent), and the password appeared in ``repr(core)``, in every error that
names the server and in the debug log. The core refuses such a URL when it is made (as it
refuses other bad settings), a call refuses one given in its options, and neither says the
password.
"""

from __future__ import annotations

import asyncio
import traceback

import httpx
import pytest
from returns.result import Failure

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.errors import SDKValidationError
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async
from tests.conftest import make_core

PASSWORD = "hunter2-gateway-password"

WITH_USERINFO = [
    f"https://user:{PASSWORD}@gateway.example/api/v1",
    f"https://{PASSWORD}@gateway.example/api/v1",
    f"http://user:{PASSWORD}@127.0.0.1:8080",
    f"https://user:{PASSWORD}@gateway.example?x=1",
]


@pytest.mark.parametrize("url", WITH_USERINFO)
def test_the_core_refuses_a_server_url_with_credentials(url: str) -> None:
    with pytest.raises(ValueError, match="server_url must not carry credentials") as refused:
        OpenRouterCore(api_key="sk-or-v1-key", server_url=url)
    assert PASSWORD not in str(refused.value)
    assert "[REDACTED]@" in str(refused.value)


def test_the_environment_variable_is_refused_the_same_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENROUTER_BASE_URL", WITH_USERINFO[0])
    with pytest.raises(ValueError, match="server_url") as refused:
        OpenRouterCore(api_key="sk-or-v1-key")
    assert PASSWORD not in str(refused.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://gateway.example/api/v1?owner=a@b",
        "https://gateway.example/users/a@b/v1",
        "http://[::1]:8080/api/v1",
    ],
)
def test_an_at_sign_outside_the_host_part_is_fine(url: str) -> None:
    assert OpenRouterCore(api_key="sk-or-v1-key", server_url=url).server_url == url


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("url", WITH_USERINFO)
def test_a_call_refuses_a_server_url_option_with_credentials(url: str, asynchronous: bool) -> None:
    sent: list[httpx.Request] = []
    core = make_core(lambda request: sent.append(request) or httpx.Response(200, json={}))
    options = RequestOptions(server_url=url)
    if asynchronous:
        result = asyncio.run(credits_get_credits_async(core, options=options))
    else:
        result = credits_get_credits(core, options=options)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, SDKValidationError)
    assert error.field == "server_url"
    assert sent == []
    shown = "".join(
        traceback.TracebackException(
            type(error), error, error.__traceback__, capture_locals=True
        ).format()
    )
    for text in (str(error), repr(error), shown):
        assert PASSWORD not in text
