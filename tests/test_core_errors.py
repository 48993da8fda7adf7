"""Every outcome is a Result: status errors, bad bodies, network failures, and no exceptions."""

from __future__ import annotations

import builtins
import json

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import RequestOptions, RetryConfig, spec_problems
from openrouter_core.errors import (
    ConnectionError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterBaseError,
    OpenRouterDefaultError,
    OpenRouterError,
    RequestTimeoutError,
    ResponseValidationError,
    UnauthorizedResponseError,
    UnexpectedClientError,
)
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

from .conftest import SECRET, make_core

NO_RETRY = RetryConfig(strategy="none")


def answer(status: int, body: bytes | str, content_type: str = "application/json"):  # type: ignore[no-untyped-def]
    content = body.encode() if isinstance(body, str) else body
    return lambda request: httpx.Response(
        status, content=content, headers={"content-type": content_type}
    )


def error_body(code: int, message: str) -> str:
    return json.dumps(
        {"error": {"code": code, "message": message, "metadata": {"k": 1}}, "user_id": "user_123"}
    )


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (401, UnauthorizedResponseError),
        (403, ForbiddenResponseError),
        (500, InternalServerResponseError),
    ],
)
def test_documented_statuses_give_their_error_with_parsed_data(
    status: int, error_class: type[OpenRouterError]
) -> None:
    core = make_core(answer(status, error_body(status, "nope")), retry_config=NO_RETRY)
    result = credits_get_credits(core)
    error = result.failure()
    assert type(error) is error_class
    assert error.status_code == status
    assert error.data.error.code == status  # type: ignore[attr-defined]
    assert error.data.error.message == "nope"  # type: ignore[attr-defined]
    assert error.data.error.metadata == {"k": 1}  # type: ignore[attr-defined]
    assert error.data.user_id == "user_123"  # type: ignore[attr-defined]
    assert error.headers["content-type"] == "application/json"
    assert json.loads(error.body)["error"]["message"] == "nope"
    assert error.raw_response.status_code == status
    assert "nope" in str(error) and "GET /credits" in str(error)


def test_users_can_match_on_the_documented_error() -> None:
    core = make_core(answer(401, error_body(401, "Missing Authentication header")))
    match credits_get_credits(core):
        case Failure(UnauthorizedResponseError() as err):
            assert err.data.error.message == "Missing Authentication header"
        case other:
            pytest.fail(f"unexpected {other}")


@pytest.mark.parametrize("status", [418, 420, 505, 599])
def test_statuses_without_a_named_class_are_the_default_error(status: int) -> None:
    core = make_core(answer(status, error_body(status, "other")), retry_config=NO_RETRY)
    error = credits_get_credits(core).failure()
    assert type(error) is OpenRouterDefaultError
    assert error.status_code == status
    assert "other" in str(error)


def test_documented_status_with_an_html_body_is_its_class_without_data() -> None:
    core = make_core(answer(401, "<html>Bad gateway</html>", "text/html"))
    error = credits_get_credits(core).failure()
    assert type(error) is UnauthorizedResponseError
    assert error.data is None
    assert error.status_code == 401
    assert error.body == "<html>Bad gateway</html>"
    assert "Bad gateway" in str(error)


def test_an_unfollowed_redirect_is_a_default_error_naming_the_location() -> None:
    core = make_core(lambda r: httpx.Response(302, headers={"location": "https://elsewhere/"}))
    error = credits_get_credits(core).failure()
    assert isinstance(error, OpenRouterDefaultError)
    assert "https://elsewhere/" in str(error)


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("{not json", "application/json", "not valid JSON"),
        ('{"data": {"total_credits": 1}}', "application/json", "total_usage"),
        (
            '{"data": {"total_credits": "lots", "total_usage": 1}}',
            "application/json",
            "total_credits",
        ),
        ('{"data": null}', "application/json", "data"),
        ("[]", "application/json", "CreditsGetCreditsResponse"),
        ("<html>hello</html>", "text/html", "text/html"),
        ("", "application/json", "not valid JSON"),
    ],
)
def test_a_success_body_that_does_not_fit_is_a_response_validation_error(
    body: str, content_type: str, expected: str
) -> None:
    result = credits_get_credits(make_core(answer(200, body, content_type)), options=STRICT)
    error = result.failure()
    assert isinstance(error, ResponseValidationError)
    assert expected in str(error)
    assert error.body == body
    assert error.status_code == 200


STRICT = RequestOptions(strict=True)


@pytest.mark.parametrize(
    ("body", "read_as", "problems"),
    [
        (
            '{"data": {"total_credits": 1}}',
            {"total_credits": 1.0, "total_usage": None},
            (("data.total_usage", "required field missing"),),
        ),
        (
            '{"data": {"total_credits": "lots", "total_usage": 1}}',
            {"total_credits": "lots", "total_usage": 1.0},
            (("data.total_credits", "expected float, got str; kept as received"),),
        ),
        (
            '{"data": {"total_credits": null, "total_usage": 1}}',
            {"total_credits": None, "total_usage": 1.0},
            (("data.total_credits", "null where the spec requires a value"),),
        ),
    ],
)
def test_by_default_a_body_that_does_not_fit_is_read_and_says_where(
    body: str, read_as: dict[str, object], problems: tuple[tuple[str, str], ...]
) -> None:
    credits = credits_get_credits(make_core(answer(200, body))).unwrap()
    assert {name: getattr(credits.data, name) for name in read_as} == read_as
    assert spec_problems(credits) == problems


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("{not json", "application/json", "not valid JSON"),
        ("[]", "application/json", "CreditsGetCreditsResponse"),
        ('"credits"', "application/json", "CreditsGetCreditsResponse"),
        ("<html>hello</html>", "text/html", "text/html"),
    ],
)
def test_a_body_that_is_not_the_documented_json_is_an_error_even_by_default(
    body: str, content_type: str, expected: str
) -> None:
    error = credits_get_credits(make_core(answer(200, body, content_type))).failure()
    assert isinstance(error, ResponseValidationError)
    assert expected in str(error)


def test_unknown_fields_are_accepted_and_kept() -> None:
    body = json.dumps(
        {"data": {"total_credits": 1, "total_usage": 0.5, "currency": "USD"}, "meta": {"v": 2}}
    )
    credits = credits_get_credits(make_core(answer(200, body))).unwrap()
    assert credits.data.total_credits == 1.0
    assert credits.data.extra_fields == {"currency": "USD"}
    assert credits.extra_fields == {"meta": {"v": 2}}


def test_a_json_content_type_with_charset_is_fine() -> None:
    body = json.dumps({"data": {"total_credits": 1, "total_usage": 0}})
    result = credits_get_credits(make_core(answer(200, body, "application/json; charset=utf-8")))
    assert isinstance(result, Success)


def raising(exc: BaseException):  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


@pytest.mark.parametrize(
    ("exc", "error_class", "builtin"),
    [
        (httpx.ConnectError("refused"), ConnectionError, builtins.ConnectionError),
        (httpx.RemoteProtocolError("peer closed"), ConnectionError, builtins.ConnectionError),
        (httpx.ReadTimeout("slow"), RequestTimeoutError, builtins.TimeoutError),
        (httpx.ConnectTimeout("slow"), RequestTimeoutError, builtins.TimeoutError),
        (RuntimeError("transport bug"), UnexpectedClientError, HTTPClientError),
    ],
)
def test_network_failures_are_client_errors(
    exc: Exception, error_class: type[HTTPClientError], builtin: type[BaseException]
) -> None:
    result = credits_get_credits(make_core(raising(exc), retry_config=NO_RETRY))
    error = result.failure()
    assert type(error) is error_class
    assert isinstance(error, builtin)
    assert error.cause is exc
    assert "GET /credits" in str(error)


def test_a_hook_that_raises_is_a_failure_not_an_exception() -> None:
    from openrouter_core import Hooks

    def broken(context: object, request: httpx.Request) -> None:
        raise ValueError("hook bug")

    core = make_core(answer(200, "{}"), hooks=Hooks(before_request=[broken]))
    assert isinstance(credits_get_credits(core).failure(), UnexpectedClientError)


def test_every_error_is_an_exception_a_user_may_raise() -> None:
    error = credits_get_credits(make_core(answer(403, error_body(403, "no")))).failure()
    assert isinstance(error, OpenRouterBaseError)
    with pytest.raises(ForbiddenResponseError):
        raise error


def test_error_messages_never_hold_the_key_even_when_the_server_echoes_it() -> None:
    core = make_core(answer(401, error_body(401, f"invalid key {SECRET}")))
    error = credits_get_credits(core).failure()
    assert SECRET not in str(error)
    assert SECRET not in repr(error)
    assert SECRET not in error.body
    assert SECRET not in repr(error.data)  # type: ignore[attr-defined]
    assert "[REDACTED]" in str(error)


async def test_async_gives_the_same_errors() -> None:
    core = make_core(answer(403, error_body(403, "management key required")))
    error = (await credits_get_credits_async(core)).failure()
    assert type(error) is ForbiddenResponseError
    core = make_core(raising(httpx.ReadTimeout("slow")), retry_config=NO_RETRY)
    assert type((await credits_get_credits_async(core)).failure()) is RequestTimeoutError
    core = make_core(answer(200, "{oops"))
    assert type((await credits_get_credits_async(core)).failure()) is ResponseValidationError


class _CutBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body whose connection breaks after its first bytes."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield b'{"data": {"total_'
        raise self.exc

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield b'{"data": {"total_'
        raise self.exc


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize(
    ("exc", "error_class", "wording"),
    [
        (httpx.ReadError("reset by peer"), ConnectionError, "the connection broke while the"),
        (httpx.RemoteProtocolError("peer closed"), ConnectionError, "the connection broke"),
        (httpx.ReadTimeout("stalled"), RequestTimeoutError, "stalled past its timeout"),
    ],
)
async def test_a_body_cut_after_the_answer_says_so(
    asynchronous: bool, exc: Exception, error_class: type[HTTPClientError], wording: str
) -> None:
    """The server answered; what broke was the body: not "could not reach" the server."""
    core = make_core(
        lambda request: httpx.Response(
            200, headers={"content-type": "application/json"}, stream=_CutBody(exc)
        ),
        retry_config=NO_RETRY,
    )
    if asynchronous:
        result = await credits_get_credits_async(core)
    else:
        result = credits_get_credits(core)
    error = result.failure()
    assert type(error) is error_class
    assert "GET /credits" in str(error) and wording in str(error)
    assert "could not reach" not in str(error)
    assert error.cause is exc
