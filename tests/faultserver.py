"""A small fault-injecting HTTP/1.1 server for reliability tests.

Real sockets are used on purpose: mocked transports cannot reproduce what the
SDK must survive in production (TCP resets, truncated bodies, stalled reads,
connection-pool reuse after a good response).

Usage::

    with FaultServer() as server:
        server.enqueue(Close(), error_status(503, retry_after=0), Respond(200, {"ok": True}))
        ...  # point a client at server.url
        assert server.request_count == 3

Each request pops the next fault from the queue; once the queue is empty the
server's ``default`` fault answers (a 200 JSON credits payload unless changed).
Pure stdlib, one daemon thread per connection, so it also works from async
tests and soak scripts.
"""

from __future__ import annotations

import contextlib
import json
import selectors
import socket
import struct
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Literal

__all__ = [
    "DEFAULT_BODY",
    "SSE_DONE",
    "Close",
    "EventStream",
    "Exchange",
    "Fault",
    "FaultServer",
    "HugeBody",
    "Raw",
    "RecordedRequest",
    "Reset",
    "Respond",
    "Stall",
    "StreamEnd",
    "Trickle",
    "bad_gzip",
    "empty_body",
    "error_status",
    "html_error",
    "huge_body",
    "invalid_json",
    "json_response",
    "long_body",
    "render_head",
    "reset_after_headers",
    "reset_before_status",
    "reset_mid_body",
    "short_body",
    "sse",
    "wrong_shape_json",
]

DEFAULT_BODY: dict[str, object] = {"data": {"total_credits": 100.5, "total_usage": 25.75}}
SSE_DONE = b"data: [DONE]\n\n"

StreamEnd = Literal["complete", "close", "reset"]

_RECV_SIZE = 65536
_MAX_HEAD = 65536
_BACKLOG = 4096
# Linux's SIOCOUTQ (== TIOCOUTQ): bytes not yet acknowledged by the peer.
_SIOCOUTQ = 0x5411


class _Stopping(Exception):
    """Raised inside a handler when the server shuts down mid-fault."""


class _ClientGone(Exception):
    """The peer closed (or the server shut down) the connection while we were reading."""


class _BadRequest(Exception):
    """The bytes received are not a request we can parse."""


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received by the server."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    connection_id: int

    def json(self) -> object:
        """Decode the body as JSON."""
        return json.loads(self.body)


class _Reader:
    """Buffered reads from a blocking socket; needed because requests can be pipelined/split."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buf = bytearray()

    def _fill(self) -> None:
        data = self._sock.recv(_RECV_SIZE)
        if not data:
            raise _ClientGone
        self._buf += data

    def read_until(self, delim: bytes, limit: int) -> bytes:
        start = 0
        while True:
            i = self._buf.find(delim, start)
            if i >= 0:
                out = bytes(self._buf[:i])
                del self._buf[: i + len(delim)]
                return out
            if len(self._buf) > limit:
                raise _BadRequest("header section too large")
            # Only rescan the tail: a delimiter may straddle two recv() calls.
            start = max(0, len(self._buf) - len(delim) + 1)
            self._fill()

    def read_exact(self, n: int) -> bytes:
        while len(self._buf) < n:
            self._fill()
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out

    def skip_blank_lines(self) -> None:
        # RFC 9112 2.2: servers SHOULD ignore stray CRLFs before a request line.
        while True:
            while len(self._buf) < 2:
                self._fill()
            if self._buf[:2] != b"\r\n":
                return
            del self._buf[:2]


def _read_request(
    reader: _Reader, sock: socket.socket, conn_id: int
) -> tuple[RecordedRequest, bool]:
    """Read one full request (head and body); also returns whether the client allows keep-alive."""
    reader.skip_blank_lines()
    head = reader.read_until(b"\r\n\r\n", _MAX_HEAD)
    lines = head.split(b"\r\n")
    parts = lines[0].decode("latin-1").split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise _BadRequest(f"bad request line {lines[0]!r}")
    method, target, version = parts
    headers: dict[str, str] = {}
    for raw in lines[1:]:
        name, sep, value = raw.decode("latin-1").partition(":")
        if not sep or not name or name != name.strip():
            raise _BadRequest(f"bad header line {raw!r}")
        key = name.lower()
        value = value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value

    conn_tokens = {t.strip().lower() for t in headers.get("connection", "").split(",")}
    if version == "HTTP/1.0":
        keep_alive = "keep-alive" in conn_tokens
    else:
        keep_alive = "close" not in conn_tokens
    if headers.get("expect", "").lower() == "100-continue":
        # Clients that send Expect wait (or time out) before sending the body.
        sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
    body = _read_body(reader, headers)
    path, _, query = target.partition("?")
    return RecordedRequest(method, path, query, headers, body, conn_id), keep_alive


def _read_body(reader: _Reader, headers: Mapping[str, str]) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        chunks: list[bytes] = []
        while True:
            size_line = reader.read_until(b"\r\n", _MAX_HEAD)
            try:
                size = int(size_line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise _BadRequest(f"bad chunk size {size_line!r}") from None
            if size == 0:
                # Trailer section ends with an empty line.
                while reader.read_until(b"\r\n", _MAX_HEAD):
                    pass
                return b"".join(chunks)
            chunks.append(reader.read_exact(size))
            if reader.read_exact(2) != b"\r\n":
                raise _BadRequest("chunk not terminated by CRLF")
    length = headers.get("content-length")
    if length is None:
        return b""
    try:
        n = int(length)
    except ValueError:
        raise _BadRequest(f"bad content-length {length!r}") from None
    if n < 0:
        raise _BadRequest(f"bad content-length {length!r}")
    return reader.read_exact(n)


# --------------------------------------------------------------------------- exchange


class Exchange:
    """One request/response turn, handed to Fault.serve(); the toolkit for writing responses."""

    def __init__(
        self,
        server: FaultServer,
        sock: socket.socket,
        request: RecordedRequest,
        client_keep_alive: bool,
    ) -> None:
        self.request = request
        self.client_keep_alive = client_keep_alive
        self._server = server
        self._stop = server._stop_event
        self._sock = sock
        self.was_reset = False
        self._serving_default = False

    @property
    def default(self) -> Fault:
        """The server's current default fault (for faults that delegate)."""
        return self._server.default

    @property
    def is_head(self) -> bool:
        return self.request.method == "HEAD"

    def send(self, data: bytes) -> None:
        """Write bytes to the client (raises OSError if the client is gone)."""
        if data:
            self._sock.sendall(data)

    def pause(self, seconds: float) -> None:
        """Sleep, but wake immediately (raising) when the server stops so shutdown never waits on a stall."""
        if self._stop.wait(seconds) if seconds > 0 else self._stop.is_set():
            raise _Stopping

    def reset(self) -> None:
        """Arrange for the connection to be aborted with a TCP RST instead of a FIN."""
        self._drain_send_queue()
        # SO_LINGER with a zero timeout makes close() send RST and drop any unsent data.
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.was_reset = True

    def _drain_send_queue(self, timeout: float = 0.5) -> None:
        # An RST discards whatever is still in our send buffer, which would turn
        # "reset mid-body" into "reset before headers" nondeterministically. Wait
        # (bounded) until the peer has acknowledged everything we wrote.
        try:
            import fcntl  # local: POSIX-only, and only needed for resets
        except ImportError:  # pragma: no cover - non-POSIX
            return
        deadline = time.monotonic() + timeout
        buf = bytearray(4)
        while time.monotonic() < deadline:
            try:
                fcntl.ioctl(self._sock.fileno(), _SIOCOUTQ, buf)
            except OSError:  # pragma: no cover - not Linux or socket already gone
                return
            if struct.unpack("i", buf)[0] == 0:
                return
            if self._stop.wait(0.001):
                return


def render_head(
    status: int, headers: Iterable[tuple[str, str]], reason: str | None = None
) -> bytes:
    """Serialize a status line plus header block."""
    if reason is None:
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines.extend(f"{k}: {v}" for k, v in headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _has(headers: Mapping[str, str], name: str) -> bool:
    return any(k.lower() == name for k in headers)


def _encode_body(body: object) -> tuple[bytes, str | None]:
    """bytes pass through, str is UTF-8 text, anything else is serialized as JSON."""
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body), None
    if isinstance(body, str):
        return body.encode("utf-8"), "text/plain; charset=utf-8"
    return json.dumps(body).encode("utf-8"), "application/json"


# --------------------------------------------------------------------------- faults


class Fault(ABC):
    """Base class: something the server does in reply to one request."""

    @abstractmethod
    def serve(self, ex: Exchange) -> bool:
        """Answer the request on ex; return True if the connection may be reused."""


@dataclass(frozen=True)
class Respond(Fault):
    """A normal response: status, headers, body (bytes / str / JSON-able) with Content-Length."""

    status: int = 200
    body: object = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    content_length: int | None = None  # override to lie about the length (connection then closes)
    close: bool = False  # send "Connection: close" and close after the response
    reason: str | None = None
    payload: bytes = field(init=False, repr=False, compare=False)
    _content_type: str | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Encode once up front so a bad body fails at enqueue time, not in a server thread.
        payload, ctype = _encode_body(self.body)
        object.__setattr__(self, "payload", payload)
        object.__setattr__(self, "_content_type", ctype)
        self.declared_length  # noqa: B018 - validates an explicit Content-Length header now

    @property
    def declared_length(self) -> int:
        """The Content-Length sent: the override, an explicit header, or the real length."""
        if self.content_length is not None:
            return self.content_length
        for k, v in self.headers.items():
            if k.lower() == "content-length":
                return int(v)
        return len(self.payload)

    def render_head(self, *, keep_alive: bool = True) -> bytes:
        """Status line and headers, with Content-Type/Content-Length filled in unless given."""
        hdrs = list(self.headers.items())
        if self._content_type is not None and not _has(self.headers, "content-type"):
            hdrs.append(("Content-Type", self._content_type))
        if not _has(self.headers, "content-length"):
            hdrs.append(("Content-Length", str(self.declared_length)))
        if not keep_alive and not _has(self.headers, "connection"):
            hdrs.append(("Connection", "close"))
        return render_head(self.status, hdrs, self.reason)

    def serve(self, ex: Exchange) -> bool:
        # A body that disagrees with its framing leaves the stream unparseable, so never reuse it.
        framing_ok = self.declared_length == len(self.payload)
        keep = ex.client_keep_alive and not self.close and framing_ok
        head = self.render_head(keep_alive=keep)
        # One sendall for head+body: separate small writes can trip Nagle/delayed-ACK stalls.
        ex.send(head if ex.is_head else head + self.payload)
        return keep


@dataclass(frozen=True)
class Close(Fault):
    """Close the connection (FIN) right after reading the request, before any status line."""

    def serve(self, ex: Exchange) -> bool:
        return False


@dataclass(frozen=True)
class Reset(Fault):
    """TCP RST: before the status line (no response), after response's headers, or after body_bytes of its body."""

    response: Respond | None = None
    body_bytes: int | None = None

    def __post_init__(self) -> None:
        if self.response is None:
            if self.body_bytes is not None:
                raise ValueError("body_bytes needs a response to cut")
        elif self.body_bytes is not None and not 0 <= self.body_bytes < len(self.response.payload):
            # Sending the whole body would be a complete response, not a mid-body reset.
            raise ValueError(
                f"body_bytes must be in [0, {len(self.response.payload)}) for this response"
            )

    def serve(self, ex: Exchange) -> bool:
        if self.response is not None:
            data = self.response.render_head()
            if self.body_bytes:
                data += self.response.payload[: self.body_bytes]
            ex.send(data)
        ex.reset()
        return False


@dataclass(frozen=True)
class Stall(Fault):
    """Wait `seconds` before sending anything, then behave like `then` (default: the server default)."""

    seconds: float
    then: Fault | None = None

    def serve(self, ex: Exchange) -> bool:
        ex.pause(self.seconds)
        if self.then is not None:
            return self.then.serve(ex)
        if ex._serving_default:
            # We *are* the default (or were reached through it): delegating to the
            # default again would stall forever, so fall back to the standard response.
            return _default_respond().serve(ex)
        ex._serving_default = True
        return ex.default.serve(ex)


def _default_respond() -> Respond:
    return Respond(200, DEFAULT_BODY)


@dataclass(frozen=True)
class Trickle(Fault):
    """Send headers at once (or, with `head_too`, trickled like the body), then the body
    `chunk_size` bytes at a time, pausing `delay` before each piece."""

    response: Respond = field(default_factory=_default_respond)
    chunk_size: int = 1
    delay: float = 0.05
    head_too: bool = False

    def __post_init__(self) -> None:
        if self.chunk_size < 1:
            raise ValueError("chunk_size must be >= 1")

    def serve(self, ex: Exchange) -> bool:
        head = self.response.render_head(keep_alive=ex.client_keep_alive)
        if self.head_too:
            self._trickle(ex, head)
        else:
            ex.send(head)
        if ex.is_head:
            return ex.client_keep_alive
        payload = self.response.payload
        self._trickle(ex, payload)
        return ex.client_keep_alive and self.response.declared_length == len(payload)

    def _trickle(self, ex: Exchange, data: bytes) -> None:
        for i in range(0, len(data), self.chunk_size):
            ex.pause(self.delay)
            ex.send(data[i : i + self.chunk_size])


@dataclass(frozen=True)
class HugeBody(Fault):
    """A `size`-byte body streamed from a generator (never held in memory); valid JSON by default."""

    size: int
    status: int = 200
    content_type: str = "application/json"
    json: bool = True  # wrap the padding as {"data": "aaa..."} so it still parses
    chunk_size: int = 65536

    _PREFIX = b'{"data": "'
    _SUFFIX = b'"}'

    def __post_init__(self) -> None:
        if self.size < 0 or self.chunk_size < 1:
            raise ValueError("size must be >= 0 and chunk_size >= 1")
        if self.json and self.size < len(self._PREFIX) + len(self._SUFFIX):
            raise ValueError("size too small for a JSON body")

    def iter_body(self) -> Iterator[bytes]:
        block = b"a" * self.chunk_size
        remaining = self.size
        if self.json:
            yield self._PREFIX
            remaining -= len(self._PREFIX) + len(self._SUFFIX)
        while remaining > 0:
            n = min(remaining, self.chunk_size)
            yield block if n == self.chunk_size else block[:n]
            remaining -= n
        if self.json:
            yield self._SUFFIX

    def serve(self, ex: Exchange) -> bool:
        keep = ex.client_keep_alive
        hdrs = [("Content-Type", self.content_type), ("Content-Length", str(self.size))]
        if not keep:
            hdrs.append(("Connection", "close"))
        ex.send(render_head(self.status, hdrs))
        if not ex.is_head:
            for chunk in self.iter_body():
                ex.pause(0)  # lets shutdown interrupt a multi-MB body promptly
                ex.send(chunk)
        return keep


@dataclass(frozen=True)
class EventStream(Fault):
    """A text/event-stream response from raw byte pieces; a float piece pauses; `end` picks how it finishes.

    end="complete" terminates the stream properly, "close" drops the connection
    (FIN) without the terminator, "reset" aborts it with a TCP RST. `delay`
    pauses between consecutive data pieces. With chunked=False the body is
    delimited by connection close (HTTP/1.0 style) instead of chunked encoding.
    """

    pieces: Sequence[bytes | str | float]
    delay: float = 0.0
    end: StreamEnd = "complete"
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    chunked: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "pieces", tuple(self.pieces))

    def serve(self, ex: Exchange) -> bool:
        hdrs = list(self.headers.items())
        if not _has(self.headers, "content-type"):
            hdrs.append(("Content-Type", "text/event-stream"))
        if not _has(self.headers, "cache-control"):
            hdrs.append(("Cache-Control", "no-cache"))
        keep = self.chunked and self.end == "complete" and ex.client_keep_alive
        if self.chunked:
            hdrs.append(("Transfer-Encoding", "chunked"))
        if not keep:
            hdrs.append(("Connection", "close"))
        ex.send(render_head(self.status, hdrs))
        if ex.is_head:
            return keep
        first = True
        for piece in self.pieces:
            if isinstance(piece, (int, float)):
                ex.pause(float(piece))
                continue
            data = piece.encode("utf-8") if isinstance(piece, str) else piece
            if not data:
                # A zero-length chunk would terminate the chunked body early.
                continue
            if not first:
                ex.pause(self.delay)
            first = False
            ex.send(f"{len(data):x}\r\n".encode() + data + b"\r\n" if self.chunked else data)
        if self.end == "reset":
            ex.reset()
            return False
        if self.end == "complete" and self.chunked:
            ex.send(b"0\r\n\r\n")
        return keep


@dataclass(frozen=True)
class Raw(Fault):
    """Send arbitrary bytes verbatim (e.g. a garbage status line), then close, reset, or keep the connection."""

    data: bytes
    end: Literal["close", "reset", "keep"] = "close"

    def serve(self, ex: Exchange) -> bool:
        ex.send(self.data)
        if self.end == "reset":
            ex.reset()
        return self.end == "keep" and ex.client_keep_alive


# --------------------------------------------------------------------------- factories


def json_response(
    data: object = DEFAULT_BODY, status: int = 200, headers: Mapping[str, str] | None = None
) -> Respond:
    """A JSON response (defaults to the credits payload)."""
    return Respond(status, data, dict(headers or {}))


def error_status(
    status: int = 503,
    *,
    retry_after: float | str | None = None,
    retry_after_ms: float | None = None,
    body: object = None,
    headers: Mapping[str, str] | None = None,
) -> Respond:
    """An OpenRouter-style JSON error (429/502/503/529...), optionally with Retry-After / retry-after-ms."""
    hdrs = dict(headers or {})
    if retry_after is not None:
        hdrs["Retry-After"] = (
            retry_after if isinstance(retry_after, str) else _fmt_number(retry_after)
        )
    if retry_after_ms is not None:
        hdrs["retry-after-ms"] = _fmt_number(retry_after_ms)
    if body is None:
        try:
            message = HTTPStatus(status).phrase
        except ValueError:
            message = "Provider overloaded" if status == 529 else "Error"
        body = {"error": {"code": status, "message": message}}
    return Respond(status, body, hdrs)


def _fmt_number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def invalid_json(status: int = 200) -> Respond:
    """Declared as JSON but truncated/unparseable."""
    return Respond(status, b'{"data": {"total_credits": 1', {"Content-Type": "application/json"})


def wrong_shape_json(status: int = 200) -> Respond:
    """Valid JSON that does not match the expected schema."""
    return Respond(status, {"unexpected": [1, 2, 3], "data": "not-an-object"})


def html_error(status: int = 502) -> Respond:
    """An HTML error page, as a proxy/CDN in front of the API would send."""
    try:
        title = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        title = str(status)
    page = (
        f"<html><head><title>{title}</title></head>"
        f"<body><center><h1>{title}</h1></center><hr><center>cloudflare</center>"
        "</body></html>"
    )
    return Respond(status, page, {"Content-Type": "text/html; charset=utf-8"})


def empty_body(status: int = 200, content_type: str | None = "application/json") -> Respond:
    """A response with Content-Length: 0."""
    return Respond(status, b"", {"Content-Type": content_type} if content_type else {})


def huge_body(megabytes: float = 10, *, json: bool = True) -> HugeBody:
    """A streamed body of `megabytes` MiB (valid JSON by default)."""
    return HugeBody(int(megabytes * 1024 * 1024), json=json)


def bad_gzip(status: int = 200) -> Respond:
    """Content-Encoding: gzip with bytes that are not a valid gzip stream."""
    return Respond(
        status,
        b"\x1f\x8b\x08\x00this is not really gzip data",
        {"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )


def short_body(body: object = DEFAULT_BODY, *, missing: int = 10, status: int = 200) -> Respond:
    """Content-Length claims `missing` more bytes than are sent; the connection is then closed."""
    if missing < 1:
        raise ValueError("missing must be >= 1")
    r = Respond(status, body)
    return Respond(status, body, content_length=len(r.payload) + missing)


def long_body(
    body: object = DEFAULT_BODY, *, extra: bytes = b"GARBAGE-AFTER-BODY", status: int = 200
) -> Respond:
    """`body` is framed correctly by Content-Length, but `extra` bytes follow it; then the connection closes."""
    payload, ctype = _encode_body(body)
    headers = {"Content-Type": ctype} if ctype else {}
    return Respond(status, payload + extra, headers, content_length=len(payload))


def reset_before_status() -> Reset:
    """RST right after reading the request: no status line at all."""
    return Reset()


def reset_after_headers(response: Respond | None = None) -> Reset:
    """Send the status line and headers, then RST before any body byte."""
    return Reset(_default_respond() if response is None else response)


def reset_mid_body(body_bytes: int = 10, response: Respond | None = None) -> Reset:
    """Send headers plus the first `body_bytes` body bytes, then RST."""
    return Reset(_default_respond() if response is None else response, body_bytes)


def sse(data: object, *, event: str | None = None, id: str | None = None) -> bytes:
    """Format one server-sent event; non-str data is JSON-encoded."""
    text = data if isinstance(data, str) else json.dumps(data)
    out = []
    if event is not None:
        out.append(f"event: {event}")
    if id is not None:
        out.append(f"id: {id}")
    out.extend(f"data: {line}" for line in text.split("\n"))
    return ("\n".join(out) + "\n\n").encode("utf-8")


# --------------------------------------------------------------------------- server


class FaultServer:
    """Threaded HTTP/1.1 server on 127.0.0.1 whose replies are scripted per request."""

    def __init__(
        self,
        default: Fault | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        keep_requests: int | None = None,
    ) -> None:
        """keep_requests caps how many recent requests are retained (None = all), for long soaks."""
        self._host = host
        self._requested_port = port
        self._default: Fault = Respond(200, DEFAULT_BODY) if default is None else default
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._queue: deque[Fault] = deque()
        self._requests: deque[RecordedRequest] = deque(maxlen=keep_requests)
        self._request_total = 0
        self._errors: list[BaseException] = []
        self._conns: set[socket.socket] = set()
        # Threads stay listed until pruned (not removed by themselves on exit) so stop()
        # can join even those in their last instructions; otherwise they outlive stop().
        self._threads: list[threading.Thread] = []
        self._prune_at = 64
        self._connection_count = 0
        self._stop_event = threading.Event()
        self._listener: socket.socket | None = None
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._port = 0

    # -- lifecycle -------------------------------------------------------------

    def start(self) -> FaultServer:
        if self._listener is not None:
            raise RuntimeError("FaultServer already started")
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self._host, self._requested_port))
        # A large backlog so bursts of ~1000 async connects are queued, not refused.
        listener.listen(_BACKLOG)
        listener.setblocking(False)
        self._listener = listener
        self._port = listener.getsockname()[1]
        # A socketpair lets stop() wake the accept loop instantly instead of polling.
        self._wake_r, self._wake_w = socket.socketpair()
        self._accept_thread = threading.Thread(
            target=self._accept_loop, name=f"faultserver-accept-{self._port}", daemon=True
        )
        self._accept_thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        """Stop accepting, abort all connections (including stalled ones) and join their threads."""
        if self._listener is None or self._stop_event.is_set():
            return
        deadline = time.monotonic() + timeout
        self._stop_event.set()
        assert self._wake_w is not None and self._accept_thread is not None
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        self._accept_thread.join(timeout)
        self._listener.close()
        with self._lock:
            # Shutting down (rather than closing) wakes threads blocked in recv/send
            # without freeing an fd number another thread might be using.
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            threads = list(self._threads)
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
        for s in (self._wake_r, self._wake_w):
            if s is not None:
                s.close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addressing --------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self._port}"

    # -- scripting -----------------------------------------------------------------

    def enqueue(self, *faults: Fault) -> None:
        """Queue faults to answer the next requests, in order."""
        with self._lock:
            self._queue.extend(faults)

    def set_default(self, fault: Fault) -> None:
        """Fault used when the queue is empty."""
        with self._lock:
            self._default = fault

    @property
    def default(self) -> Fault:
        with self._lock:
            return self._default

    @default.setter
    def default(self, fault: Fault) -> None:
        self.set_default(fault)

    @property
    def pending(self) -> int:
        """Number of queued faults not yet consumed."""
        with self._lock:
            return len(self._queue)

    def clear(self) -> None:
        """Forget recorded requests/errors and drop queued faults."""
        with self._lock:
            self._queue.clear()
            self._requests.clear()
            self._request_total = 0
            self._errors.clear()

    # -- observation ----------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Snapshot of every request received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def request_count(self) -> int:
        """Requests received since start/clear() (counts those dropped by keep_requests too)."""
        with self._lock:
            return self._request_total

    @property
    def connection_count(self) -> int:
        """Total TCP connections accepted (1 for N keep-alive requests on one connection)."""
        with self._lock:
            return self._connection_count

    @property
    def active_connections(self) -> int:
        with self._lock:
            return len(self._conns)

    @property
    def errors(self) -> list[BaseException]:
        """Unexpected exceptions from handler threads (client disconnects are not errors)."""
        with self._lock:
            return list(self._errors)

    def wait_for_requests(self, n: int, timeout: float = 5.0) -> bool:
        """Block until at least n requests were recorded; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: self._request_total >= n, timeout)

    # -- internals -------------------------------------------------------------------

    def _accept_loop(self) -> None:
        assert self._listener is not None and self._wake_r is not None
        listener = self._listener
        with selectors.DefaultSelector() as sel:
            sel.register(listener, selectors.EVENT_READ)
            sel.register(self._wake_r, selectors.EVENT_READ)
            while not self._stop_event.is_set():
                for key, _ in sel.select():
                    if key.fileobj is self._wake_r:
                        return
                # Drain everything pending: one select per connection is too slow for bursts.
                while not self._stop_event.is_set():
                    try:
                        conn, _ = listener.accept()
                    except BlockingIOError:
                        break
                    except OSError:
                        # e.g. EMFILE: back off briefly instead of spinning on select.
                        self._stop_event.wait(0.01)
                        break
                    self._spawn(conn)

    def _spawn(self, conn: socket.socket) -> None:
        conn.setblocking(True)
        # Without NODELAY, trickled/SSE pieces and head/body splits hit Nagle + delayed-ACK 40ms stalls.
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            if self._stop_event.is_set():
                conn.close()
                return
            self._connection_count += 1
            conn_id = self._connection_count
            self._conns.add(conn)
            t = threading.Thread(
                target=self._handle,
                args=(conn, conn_id),
                name=f"faultserver-conn-{conn_id}",
                daemon=True,
            )
            self._threads.append(t)
            if len(self._threads) > self._prune_at:
                # Amortized O(1): prune only when the list doubles, keeping soak runs bounded.
                self._threads = [x for x in self._threads if x.is_alive()]
                self._prune_at = max(64, 2 * len(self._threads))
        t.start()

    def _take(self, request: RecordedRequest) -> tuple[Fault, bool]:
        # Record and pop under one lock so request i always gets fault i, even concurrently.
        with self._cond:
            self._requests.append(request)
            self._request_total += 1
            self._cond.notify_all()
            if self._queue:
                return self._queue.popleft(), False
            return self._default, True

    def _handle(self, conn: socket.socket, conn_id: int) -> None:
        reader = _Reader(conn)
        try:
            while not self._stop_event.is_set():
                try:
                    req, keep_alive = _read_request(reader, conn, conn_id)
                except _ClientGone:
                    return
                except _BadRequest as e:
                    msg = str(e).encode("utf-8", "replace")
                    with contextlib.suppress(OSError):
                        conn.sendall(
                            render_head(
                                400,
                                [("Content-Length", str(len(msg))), ("Connection", "close")],
                            )
                            + msg
                        )
                    return
                fault, is_default = self._take(req)
                ex = Exchange(self, conn, req, keep_alive)
                ex._serving_default = is_default
                if not fault.serve(ex) or ex.was_reset:
                    return
        except (_Stopping, OSError):
            pass
        except Exception as e:  # surfaced via .errors so a buggy fault fails tests loudly
            with self._lock:
                self._errors.append(e)
        finally:
            with self._lock:
                self._conns.discard(conn)
            conn.close()
