"""Tests for the fault-injecting test server, driven by plain httpx clients."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from .faultserver import (
    DEFAULT_BODY,
    SSE_DONE,
    Close,
    EventStream,
    FaultServer,
    HugeBody,
    Raw,
    Reset,
    Respond,
    Stall,
    StreamEnd,
    Trickle,
    bad_gzip,
    empty_body,
    error_status,
    html_error,
    huge_body,
    invalid_json,
    json_response,
    long_body,
    reset_after_headers,
    reset_before_status,
    reset_mid_body,
    short_body,
    sse,
    wrong_shape_json,
)

# Every client gets a short timeout so a broken fault fails a test instead of hanging it.
# verify=False only skips loading the CA bundle (~0.1 s per client); all traffic is plain HTTP.
TIMEOUT = httpx.Timeout(2.0)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv
    assert srv.errors == []


@pytest.fixture
def client(server: FaultServer) -> Iterator[httpx.Client]:
    with httpx.Client(verify=False, base_url=server.url, timeout=TIMEOUT) as c:
        yield c


def _server_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("faultserver-")]


# --------------------------------------------------------------------------- lifecycle


def test_stop_tears_down_idle_connections_and_leaves_no_threads() -> None:
    # How fast start and stop are is measured by benchmarks/faultserver_timing.py.
    before = len(_server_threads())
    with FaultServer() as srv:
        assert srv.url == f"http://127.0.0.1:{srv.port}"
        assert srv.port > 0
        # Leave idle keep-alive connections open: stop() must still tear them down.
        clients = [httpx.Client(verify=False, base_url=srv.url, timeout=TIMEOUT) for _ in range(5)]
        for c in clients:
            assert c.get("/").status_code == 200
        assert srv.active_connections == 5
    for c in clients:
        c.close()
    assert srv.active_connections == 0
    assert len(_server_threads()) == before


def test_stop_is_idempotent_and_port_is_released() -> None:
    srv = FaultServer().start()
    port = srv.port
    srv.stop()
    srv.stop()
    with pytest.raises(httpx.ConnectError), httpx.Client(verify=False, timeout=TIMEOUT) as c:
        c.get(f"http://127.0.0.1:{port}/")


# --------------------------------------------------------------------------- scripting & recording


def test_default_response_is_credits_json(client: httpx.Client) -> None:
    r = client.get("/api/v1/credits")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert r.json() == DEFAULT_BODY


def test_requests_are_recorded(server: FaultServer, client: httpx.Client) -> None:
    client.post(
        "/api/v1/chat/completions?x=1",
        json={"model": "m"},
        headers={"X-Title": "Test", "Authorization": "Bearer k"},
    )
    client.get("/api/v1/models")
    reqs = server.requests
    assert [(r.method, r.path) for r in reqs] == [
        ("POST", "/api/v1/chat/completions"),
        ("GET", "/api/v1/models"),
    ]
    first = reqs[0]
    assert first.query == "x=1"
    assert first.headers["x-title"] == "Test"
    assert first.headers["authorization"] == "Bearer k"
    assert all(k == k.lower() for k in first.headers)
    assert first.json() == {"model": "m"}
    assert reqs[1].body == b""
    assert server.request_count == 2


def test_queue_is_consumed_in_order_then_default(server: FaultServer, client: httpx.Client) -> None:
    server.enqueue(Respond(201, "one"), json_response({"n": 2}, status=202))
    assert server.pending == 2
    assert client.get("/").text == "one"
    assert client.get("/").json() == {"n": 2}
    assert client.get("/").json() == DEFAULT_BODY
    assert server.pending == 0


def test_set_default_and_clear(server: FaultServer, client: httpx.Client) -> None:
    server.set_default(Respond(204))
    assert client.get("/").status_code == 204
    server.default = error_status(500)
    assert client.get("/").status_code == 500
    server.enqueue(Close())
    server.clear()
    assert server.requests == [] and server.pending == 0


def test_wait_for_requests(server: FaultServer) -> None:
    def fire() -> None:
        with httpx.Client(verify=False, timeout=TIMEOUT) as c:
            c.get(server.url)

    t = threading.Thread(target=fire)
    t.start()
    assert server.wait_for_requests(1, timeout=2)
    assert not server.wait_for_requests(2, timeout=0.05)
    t.join()


# --------------------------------------------------------------------------- HTTP/1.1 plumbing


def test_keep_alive_reuses_one_connection(server: FaultServer, client: httpx.Client) -> None:
    for _ in range(5):
        assert client.get("/").status_code == 200
    assert server.connection_count == 1
    assert {r.connection_id for r in server.requests} == {1}


def test_chunked_request_body_then_reuse(server: FaultServer, client: httpx.Client) -> None:
    def gen() -> Iterator[bytes]:
        yield b"hello "
        yield b"chunked "
        yield b"world"

    assert client.post("/upload", content=gen()).status_code == 200
    assert client.get("/after").status_code == 200
    up, after = server.requests
    assert up.headers["transfer-encoding"] == "chunked"
    assert up.body == b"hello chunked world"
    assert after.path == "/after"
    assert server.connection_count == 1


def test_pipelined_requests_and_expect_continue(server: FaultServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=2) as s:
        s.sendall(
            b"\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n"
            b"POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
            b"POST /c HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n"
            b"Connection: close\r\n\r\nhi"
        )
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    assert data.count(b"HTTP/1.1 200 OK") == 3
    assert b"HTTP/1.1 100 Continue" in data
    assert data.rstrip().endswith(json.dumps(DEFAULT_BODY).encode())
    assert [(r.path, r.body) for r in server.requests] == [
        ("/a", b""),
        ("/b", b"abc"),
        ("/c", b"hi"),
    ]


def test_malformed_request_gets_400(server: FaultServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=2) as s:
        s.sendall(b"NONSENSE\r\n\r\n")
        assert s.recv(65536).startswith(b"HTTP/1.1 400")
        assert s.recv(65536) == b""
    assert server.request_count == 0


def test_head_request_has_no_body(client: httpx.Client) -> None:
    r = client.head("/")
    assert r.status_code == 200
    assert int(r.headers["content-length"]) == len(json.dumps(DEFAULT_BODY))
    assert r.content == b""
    assert client.get("/").json() == DEFAULT_BODY


# --------------------------------------------------------------------------- connection faults


def test_close_before_status_line(server: FaultServer, client: httpx.Client) -> None:
    server.enqueue(Close())
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/")
    # The pool must recover on a fresh connection.
    assert client.get("/").status_code == 200
    assert server.connection_count == 2


def test_close_on_reused_pooled_connection(server: FaultServer, client: httpx.Client) -> None:
    assert client.get("/").status_code == 200
    server.enqueue(Close())
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/")
    assert [r.connection_id for r in server.requests] == [1, 1]


def test_reset_before_status_line(server: FaultServer, client: httpx.Client) -> None:
    server.enqueue(reset_before_status())
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        client.get("/")
    assert client.get("/").status_code == 200


def test_reset_after_headers(server: FaultServer, client: httpx.Client) -> None:
    server.enqueue(reset_after_headers(Respond(200, {"k": "v"})))
    with client.stream("GET", "/") as r:
        assert r.status_code == 200
        assert r.headers["content-type"] == "application/json"
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            r.read()


def test_reset_mid_body_delivers_prefix_then_errors(
    server: FaultServer, client: httpx.Client
) -> None:
    resp = Respond(200, b"x" * 1000)
    server.enqueue(reset_mid_body(300, resp))
    got = b""
    with (
        client.stream("GET", "/") as r,
        pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)),
    ):
        for chunk in r.iter_raw():
            got += chunk
    assert got == b"x" * 300


def test_reset_validation() -> None:
    with pytest.raises(ValueError):
        Reset(body_bytes=3)
    with pytest.raises(ValueError):
        Reset(Respond(200, b"abc"), body_bytes=3)


def test_raw_garbage_status_line(server: FaultServer, client: httpx.Client) -> None:
    server.enqueue(Raw(b"HTTP/1.1 banana\r\n\r\n"))
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/")


# --------------------------------------------------------------------------- stalls


def test_stall_before_headers_hits_read_timeout(server: FaultServer) -> None:
    server.enqueue(Stall(10))
    with (
        httpx.Client(verify=False, timeout=httpx.Timeout(2.0, read=0.1)) as c,
        pytest.raises(httpx.ReadTimeout),
    ):
        c.get(server.url)


def test_stall_then_default_or_explicit(server: FaultServer, client: httpx.Client) -> None:
    server.enqueue(Stall(0.05), Stall(0.01, then=Respond(418)))
    t0 = time.perf_counter()
    assert client.get("/").json() == DEFAULT_BODY
    assert time.perf_counter() - t0 >= 0.05
    assert client.get("/").status_code == 418


def test_stop_interrupts_a_stall() -> None:
    # How promptly is measured by benchmarks/faultserver_timing.py; here, stop() must end a
    # 30 s stall at all (the join below would otherwise time out with the thread alive).
    srv = FaultServer(Stall(30)).start()
    errors: list[BaseException] = []

    def call() -> None:
        try:
            with httpx.Client(verify=False, timeout=5) as c:
                c.get(srv.url)
        except httpx.HTTPError as e:
            errors.append(e)

    t = threading.Thread(target=call)
    t.start()
    assert srv.wait_for_requests(1, timeout=2)
    srv.stop()
    t.join(10)
    assert not t.is_alive()
    assert len(errors) == 1


def test_trickle_delivers_full_body_slowly(server: FaultServer, client: httpx.Client) -> None:
    server.enqueue(Trickle(Respond(200, DEFAULT_BODY), chunk_size=20, delay=0.02))
    t0 = time.perf_counter()
    assert client.get("/").json() == DEFAULT_BODY
    assert time.perf_counter() - t0 >= 0.04
    assert client.get("/").status_code == 200
    assert server.connection_count == 1


def test_trickle_slower_than_read_timeout(server: FaultServer) -> None:
    server.enqueue(Trickle(chunk_size=5, delay=1.0))
    with (
        httpx.Client(verify=False, timeout=httpx.Timeout(2.0, read=0.1)) as c,
        c.stream("GET", server.url) as r,
    ):
        assert r.status_code == 200
        with pytest.raises(httpx.ReadTimeout):
            r.read()


# --------------------------------------------------------------------------- status & body faults


@pytest.mark.parametrize("status", [429, 502, 503, 529])
def test_error_status_with_retry_hints(
    server: FaultServer, client: httpx.Client, status: int
) -> None:
    server.enqueue(
        error_status(status, retry_after=2),
        error_status(status, retry_after_ms=1500),
        error_status(status, retry_after=0.5),
        error_status(status),
    )
    a, b, c, d = (client.get("/") for _ in range(4))
    assert {a.status_code, b.status_code, c.status_code, d.status_code} == {status}
    assert a.headers["retry-after"] == "2"
    assert b.headers["retry-after-ms"] == "1500"
    assert c.headers["retry-after"] == "0.5"
    assert "retry-after" not in d.headers and "retry-after-ms" not in d.headers
    body = d.json()
    assert body["error"]["code"] == status
    # Error responses are well framed, so the connection stays reusable.
    assert server.connection_count == 1


def test_short_body_then_close(server: FaultServer, client: httpx.Client) -> None:
    server.enqueue(short_body(missing=10))
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/")
    assert client.get("/").status_code == 200


def test_long_body_reads_declared_length_and_drops_connection(
    server: FaultServer, client: httpx.Client
) -> None:
    server.enqueue(long_body())
    r = client.get("/")
    assert r.json() == DEFAULT_BODY
    assert client.get("/").json() == DEFAULT_BODY
    assert server.connection_count == 2


def test_invalid_json(client: httpx.Client, server: FaultServer) -> None:
    server.enqueue(invalid_json())
    r = client.get("/")
    assert r.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        r.json()


def test_wrong_shape_json(client: httpx.Client, server: FaultServer) -> None:
    server.enqueue(wrong_shape_json())
    data = client.get("/").json()
    assert isinstance(data, dict) and not isinstance(data.get("data"), dict)


def test_html_error_page(client: httpx.Client, server: FaultServer) -> None:
    server.enqueue(html_error(502))
    r = client.get("/")
    assert r.status_code == 502
    assert r.headers["content-type"].startswith("text/html")
    assert "<html>" in r.text


def test_empty_body(client: httpx.Client, server: FaultServer) -> None:
    server.enqueue(empty_body())
    r = client.get("/")
    assert r.headers["content-length"] == "0"
    assert r.content == b""


def test_huge_body_is_streamed(client: httpx.Client, server: FaultServer) -> None:
    server.enqueue(huge_body(4), HugeBody(100_000, json=False, content_type="text/plain"))
    size = 0
    with client.stream("GET", "/") as r:
        assert r.headers["content-length"] == str(4 * 1024 * 1024)
        raw = b""
        for chunk in r.iter_bytes():
            size += len(chunk)
            if len(raw) < 20:
                raw += chunk
    assert size == 4 * 1024 * 1024
    assert raw.startswith(b'{"data": "aaa')
    assert client.get("/").content == b"a" * 100_000


def test_huge_body_json_parses() -> None:
    body = b"".join(HugeBody(5000).iter_body())
    assert len(body) == 5000
    assert set(json.loads(body)["data"]) == {"a"}


def test_bad_gzip(client: httpx.Client, server: FaultServer) -> None:
    server.enqueue(
        bad_gzip(), Respond(200, gzip.compress(b'{"ok": 1}'), {"Content-Encoding": "gzip"})
    )
    with pytest.raises(httpx.DecodingError):
        client.get("/")
    assert client.get("/").json() == {"ok": 1}


# --------------------------------------------------------------------------- server-sent events


def test_event_stream_complete(server: FaultServer, client: httpx.Client) -> None:
    pieces: list[bytes | str | float] = [
        b": OPENROUTER PROCESSING\n\n",
        sse({"choices": [{"delta": {"content": "Hel"}}]}),
        0.02,
        # An event split across two writes must still parse on the client.
        b'data: {"choices": [{"delta": {"con',
        b'tent": "lo"}}]}\n\n',
        SSE_DONE,
    ]
    server.enqueue(EventStream(pieces, delay=0.01))
    t0 = time.perf_counter()
    with client.stream("POST", "/chat") as r:
        assert r.headers["content-type"] == "text/event-stream"
        lines = [line for line in r.iter_lines() if line]
    assert time.perf_counter() - t0 >= 0.05
    assert lines == [
        ": OPENROUTER PROCESSING",
        'data: {"choices": [{"delta": {"content": "Hel"}}]}',
        'data: {"choices": [{"delta": {"content": "lo"}}]}',
        "data: [DONE]",
    ]
    assert client.get("/").status_code == 200
    assert server.connection_count == 1


@pytest.mark.parametrize(
    ("end", "exc"),
    [("reset", (httpx.ReadError, httpx.RemoteProtocolError)), ("close", httpx.RemoteProtocolError)],
)
def test_event_stream_cut(
    server: FaultServer,
    client: httpx.Client,
    end: StreamEnd,
    exc: type[Exception] | tuple[type[Exception], ...],
) -> None:
    server.enqueue(EventStream([sse("a"), sse("b")], end=end))
    seen: list[str] = []
    with client.stream("GET", "/") as r, pytest.raises(exc):
        for line in r.iter_lines():
            seen.append(line)
    assert [s for s in seen if s] == ["data: a", "data: b"]


def test_event_stream_close_delimited(client: httpx.Client, server: FaultServer) -> None:
    server.enqueue(EventStream([sse("x", event="e", id="1"), SSE_DONE], chunked=False))
    r = client.get("/")
    assert r.text == "event: e\nid: 1\ndata: x\n\ndata: [DONE]\n\n"
    assert "transfer-encoding" not in r.headers


def test_event_stream_stall_hits_read_timeout(server: FaultServer) -> None:
    server.enqueue(EventStream([sse("a"), 5.0, sse("b")]))
    with (
        httpx.Client(verify=False, timeout=httpx.Timeout(2.0, read=0.1)) as c,
        c.stream("GET", server.url) as r,
    ):
        it = r.iter_lines()
        assert next(it) == "data: a"
        with pytest.raises(httpx.ReadTimeout):
            list(it)


# --------------------------------------------------------------------------- concurrency


async def _raw_get(port: int, path: str, done: asyncio.Event) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
        body = await reader.readexactly(length)
        # Hold the connection until every client is served, so all n are open at once.
        await done.wait()
        return head.split(b"\r\n", 1)[0] + b" " + body
    finally:
        writer.close()


async def test_many_concurrent_connections() -> None:
    # Raw asyncio sockets rather than httpx: httpcore's pool bookkeeping is
    # quadratic in pool size, which would measure the client, not this server.
    # benchmarks/faultserver_timing.py runs the same with 1,000 connections.
    n = 100
    with FaultServer() as srv:
        done = asyncio.Event()
        tasks = [asyncio.ensure_future(_raw_get(srv.port, f"/r/{i}", done)) for i in range(n)]
        try:
            # Generous bounds: this only has to not hang, and CI machines may be loaded.
            assert await asyncio.to_thread(srv.wait_for_requests, n, 15.0)
            # No client closes before `done`, so this proves n simultaneous connections.
            assert srv.active_connections == n
        finally:
            done.set()
        results = await asyncio.wait_for(asyncio.gather(*tasks), 15)
        assert all(r.startswith(b"HTTP/1.1 200 OK ") for r in results)
        assert srv.connection_count == n
        assert sorted(int(r.path.rsplit("/", 1)[1]) for r in srv.requests) == list(range(n))
        assert srv.errors == []
    assert _server_threads() == []


async def test_async_httpx_client_concurrent_requests() -> None:
    # Kept small: httpx's own pool overhead dominates beyond a few dozen connections.
    n = 30
    # The stall makes the first wave overlap, forcing n separate connections.
    with FaultServer(Stall(0.05)) as srv:
        limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
        async with httpx.AsyncClient(verify=False, base_url=srv.url, timeout=5, limits=limits) as c:
            first = await asyncio.gather(*(c.get(f"/a/{i}") for i in range(n)))
            # Second wave must reuse the pooled keep-alive connections.
            second = await asyncio.gather(*(c.get(f"/b/{i}") for i in range(n)))
        assert all(r.json() == DEFAULT_BODY for r in first + second)
        assert srv.request_count == 2 * n
        assert srv.connection_count == n
        assert srv.errors == []


async def test_async_client_sees_faults(server: FaultServer) -> None:
    server.enqueue(Close(), reset_mid_body(5), error_status(429, retry_after=1))
    async with httpx.AsyncClient(verify=False, base_url=server.url, timeout=TIMEOUT) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            await c.get("/")
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            await c.get("/")
        r = await c.get("/")
        assert r.status_code == 429 and r.headers["retry-after"] == "1"
        assert (await c.get("/")).json() == DEFAULT_BODY
