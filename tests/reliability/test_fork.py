"""A process forked after calls gets a pool of its own; parent and child never share a socket.

With a shared pooled connection, the parent's and the child's requests go down one socket and
their responses cross (or one of them waits forever). The child must open its own connection;
a client the user passed in is the user's to manage and is left as it is.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest
from returns.result import Success

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_funcs.credits_get_credits import credits_get_credits
from tests.faultserver import Exchange, Fault, FaultServer, Respond

from .conftest import SECRET

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not hasattr(os, "fork"), reason="os.fork on Linux"
)


class EchoCaller(Fault):
    """Answers with the credits payload, ``total_credits`` set to the X-Caller header."""

    def serve(self, ex: Exchange) -> bool:
        caller = int(ex.request.headers.get("x-caller", "0"))
        body = {"data": {"total_credits": caller, "total_usage": 0}}
        return Respond(200, body).serve(ex)


@pytest.fixture
def echo_server() -> Iterator[FaultServer]:
    with FaultServer(EchoCaller()) as server:
        yield server


def credits_as(core: OpenRouterCore, caller: int) -> float | None:
    result = credits_get_credits(
        core, options=RequestOptions(http_headers={"X-Caller": str(caller)})
    )
    return result.unwrap().data.total_credits if isinstance(result, Success) else None


def in_child(test: object) -> int:
    """Run ``test()`` in a forked child; its exit status (0 when it returned True)."""
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 1
        try:
            code = 0 if test() else 2  # type: ignore[operator]
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def test_a_forked_child_opens_its_own_connection(echo_server: FaultServer) -> None:
    core = OpenRouterCore(api_key=SECRET, server_url=echo_server.url + "/api/v1", timeout_ms=5_000)
    try:
        assert credits_as(core, 1) == 1  # the parent now holds a pooled connection
        parent_connection = echo_server.requests[-1].connection_id

        def child() -> bool:
            return credits_as(core, 2) == 2 and credits_as(core, 3) == 3

        assert in_child(child) == 0
        child_connections = {request.connection_id for request in echo_server.requests[1:]}
        assert parent_connection not in child_connections
        assert credits_as(core, 4) == 4
        assert echo_server.requests[-1].connection_id == parent_connection
    finally:
        core.close()
