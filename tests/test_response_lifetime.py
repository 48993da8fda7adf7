"""Every response the pipeline opens is closed, whichever branch ends the call."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
from returns.result import Failure

from openrouter_core import Hooks, OpenRouterCore
from openrouter_core.errors import UnexpectedClientError
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

from .conftest import SECRET, FakeClock

ERROR_503 = b'{"error": {"code": 503, "message": "busy"}}'


class CountedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was closed."""

    def __init__(self, ledger: list[CountedBody]) -> None:
        self.closed = False
        ledger.append(self)

    def __iter__(self) -> Iterator[bytes]:
        yield ERROR_503

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield ERROR_503

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def core_answering_503(ledger: list[CountedBody], hooks: Hooks) -> OpenRouterCore:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            503, headers={"Content-Type": "application/json"}, stream=CountedBody(ledger)
        )

    transport = httpx.MockTransport(handler)
    return OpenRouterCore(
        api_key=SECRET,
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
        hooks=hooks,
        clock=FakeClock(),
    )


def test_a_sync_call_refusing_an_async_hook_closes_the_open_response() -> None:
    async def after_error(context: object, response: object, error: object) -> None:
        return None

    ledger: list[CountedBody] = []
    core = core_answering_503(ledger, Hooks(after_error=[after_error]))
    result = credits_get_credits(core)
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), UnexpectedClientError)
    assert len(ledger) == 1
    assert ledger[0].closed, "the 503 response was left open"


def test_a_hook_that_raises_after_a_response_closes_it() -> None:
    def after_error(context: object, response: object, error: object) -> None:
        raise RuntimeError("hook broke")

    ledger: list[CountedBody] = []
    core = core_answering_503(ledger, Hooks(after_error=[after_error]))
    result = credits_get_credits(core)
    assert isinstance(result.failure(), UnexpectedClientError)
    assert [body.closed for body in ledger] == [True]


async def test_an_async_hook_that_raises_after_a_response_closes_it() -> None:
    async def after_error(context: object, response: object, error: object) -> None:
        raise RuntimeError("hook broke")

    ledger: list[CountedBody] = []
    core = core_answering_503(ledger, Hooks(after_error=[after_error]))
    result = await credits_get_credits_async(core)
    assert isinstance(result.failure(), UnexpectedClientError)
    assert [body.closed for body in ledger] == [True]
