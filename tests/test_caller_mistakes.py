"""A caller's mistake is reported as the caller's: the parameter or setting is named, with what
was given, never as a failure inside the SDK."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from returns.result import Failure

from openrouter_core import BackoffStrategy, Hooks, OpenRouterCore, RetryConfig
from openrouter_core.errors import NotFoundResponseError, SDKValidationError
from openrouter_core.testing import standin_core
from openrouter_funcs import api_keys_get, chat_send, credits_get_credits, credits_get_credits_async

from .conftest import FakeClock


@pytest.mark.parametrize(
    ("core", "given"), [(None, "not None"), ({}, "not a dict"), ("sk-or-v1-key", "not a str")]
)
def test_a_core_that_is_not_an_openroutercore_is_named(core: Any, given: str) -> None:
    error = credits_get_credits(core).failure()
    assert isinstance(error, SDKValidationError), error
    assert error.field == "core"
    assert f"core must be an OpenRouterCore, {given}" in str(error)


async def test_the_async_twin_names_the_core_too() -> None:
    error = (await credits_get_credits_async(None)).failure()  # type: ignore[arg-type]
    assert isinstance(error, SDKValidationError) and error.field == "core"


def test_swapped_arguments_name_the_core_and_the_order() -> None:
    error = chat_send({"messages": []}, standin_core()).failure()  # type: ignore[call-overload]
    assert isinstance(error, SDKValidationError) and error.field == "core"
    assert "the core comes first" in str(error)


def test_a_request_of_the_wrong_type_names_the_request_and_what_was_given() -> None:
    error = api_keys_get(standin_core(), 42).failure()  # type: ignore[arg-type]
    assert isinstance(error, SDKValidationError)
    assert error.field == "request"
    assert str(error) == "request must be an ApiKeysGetRequest or a dict, not int"


BAD_SETTINGS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"timeout_ms": -5}, ValueError, "timeout_ms must be a positive number"),
    ({"timeout_ms": 0}, ValueError, "timeout_ms must be a positive number"),
    ({"timeout_ms": float("nan")}, ValueError, "timeout_ms must be a positive number"),
    ({"timeout_ms": "600"}, TypeError, "timeout_ms must be a number"),
    ({"strict": "yes"}, TypeError, "strict must be True or False, not 'yes'"),
    ({"retry_config": "none"}, TypeError, "retry_config must be a RetryConfig"),
    (
        {"retry_config": RetryConfig(backoff=BackoffStrategy(max_interval=-1))},
        ValueError,
        "retry_config: backoff.max_interval must be a non-negative number",
    ),
    ({"hooks": [print]}, TypeError, "hooks must be a Hooks"),
    ({"hooks": Hooks(before_request=["log"])}, TypeError, "hooks.before_request[0] must be"),
    ({"server_url": "openrouter.ai/api/v1"}, ValueError, "server_url must be an http(s) URL"),
    ({"server_url": "ftp://openrouter.ai"}, ValueError, "server_url must be an http(s) URL"),
    ({"api_key": 12345}, TypeError, "api_key must be a string, a callable or None"),
    ({"app_title": 3}, TypeError, "app_title must be a string or None"),
    ({"user_agent": None}, TypeError, "user_agent must be a string"),
    ({"client": "client"}, TypeError, "client must be an httpx.Client or None"),
    ({"async_client": httpx.Client()}, TypeError, "async_client must be an httpx.AsyncClient"),
    ({"debug_logger": "debug"}, TypeError, "debug_logger must be a logging.Logger or None"),
    ({"clock": 0}, TypeError, "clock must be a Clock"),
]


@pytest.mark.parametrize(
    ("settings", "kind", "message"), BAD_SETTINGS, ids=[str(s) for s, _, _ in BAD_SETTINGS]
)
def test_a_bad_setting_is_refused_at_construction_naming_it(
    settings: dict[str, Any], kind: type[Exception], message: str
) -> None:
    with pytest.raises(kind) as refused:
        OpenRouterCore(**{"api_key": "k", **settings})
    assert message in str(refused.value)


def test_sensible_settings_are_accepted(clock: FakeClock) -> None:
    OpenRouterCore(
        api_key=lambda: "k",
        server_url="http://localhost:8080/api/v1",
        timeout_ms=0.5,
        retry_config=RetryConfig(strategy="none"),
        hooks=Hooks(before_request=[lambda request, context: request]),
        debug_logger=logging.LoggerAdapter(logging.getLogger("x"), {}),  # type: ignore[arg-type]
        strict=True,
        clock=clock,
        client=httpx.Client(),
        async_client=httpx.AsyncClient(),
    )
    OpenRouterCore(api_key=None, timeout_ms=None, debug_logger=logging.getLogger("y"))


def _not_found_at(server_url: str) -> NotFoundResponseError:
    transport = httpx.MockTransport(lambda request: httpx.Response(404, text="Not Found"))
    core = OpenRouterCore(
        api_key="k", server_url=server_url, client=httpx.Client(transport=transport)
    )
    result = credits_get_credits(core)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, NotFoundResponseError), error
    return error


def test_a_404_from_a_server_url_without_the_api_prefix_says_to_check_server_url() -> None:
    # A server_url carrying user:password@ is refused when the core is made
    # (tests/test_server_url_credentials.py), so the hint never meets one.
    message = str(_not_found_at("https://openrouter.ai"))
    assert "check server_url" in message
    assert "https://openrouter.ai/credits has no /api/v1" in message


def test_a_404_under_the_api_prefix_does_not_blame_server_url() -> None:
    assert "server_url" not in str(_not_found_at("https://openrouter.ai/api/v1"))
