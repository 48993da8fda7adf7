"""Record and replay: an httpx transport answering from a cassette file it records real traffic into.

A cassette is one readable file (YAML when its name ends in ``.yaml`` and PyYAML is
installed, else JSON) listing request/response pairs: JSON bodies as data, event streams as
their chunks (each chunk its events, in the order and grouping the network gave them),
other text as text and binary bodies as base64. Secrets are replaced by ``[REDACTED]``
before anything is written (see :class:`Redactor`).
"""

from __future__ import annotations

import base64
import copy
import json
import os
import re
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from openrouter_core._config import SYSTEM_CLOCK, Clock
from openrouter_core._core import OpenRouterCore
from openrouter_core._faults import Fault, FaultPlan, as_fault_plan

__all__ = [
    "DEFAULT_MATCH_ON",
    "MATCHERS",
    "REDACTED",
    "CassetteTransport",
    "Matcher",
    "RecordMode",
    "Redactor",
    "UnmatchedRequestError",
    "cassette_core",
]

#: ``once``: record when the file is missing, else replay only; ``none``: replay only;
#: ``new_episodes``: replay what matches, record the rest; ``all``: record everything anew.
RecordMode = Literal["once", "none", "new_episodes", "all"]
#: What replaces a secret in a cassette.
REDACTED = "[REDACTED]"
#: The key a core gets when none is configured and the calls come from a cassette.
REPLAY_KEY = "sk-or-cassette-replay"

Doc = dict[str, Any]
#: Compares the request sent with a recorded one (both as written in cassettes, secrets
#: replaced): None when they match, else the difference in a few words.
Matcher = Callable[[Mapping[str, Any], Mapping[str, Any]], "str | None"]

# Hop-by-hop framing: the cassette holds the decoded body, so these would be wrong on replay.
_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection"})
_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"}
)
_SECRET_FIELDS = frozenset(
    {
        "key",
        "api_key",
        "apiKey",
        "secret",
        "secretKey",
        "secret_key",
        "client_secret",
        "access_token",
        "refresh_token",
        "password",
        "token",
    }
)
#: A ``key`` field this long is a credential (an API key creation's new key, a BYOK
#: provider key); shorter ones are names (``{"key": "code"}`` in a classification).
_CREDENTIAL_LENGTH = 16
#: OpenRouter keys, wherever they appear: ``sk-or-v1-`` and 64 hex digits.
_KEY_PATTERN = re.compile(r"sk-or-[a-z0-9]+-[0-9a-f]{32,}")
#: Strings shorter than this are never treated as secrets (they would blot out words).
_MIN_SECRET = 8


class UnmatchedRequestError(httpx.TransportError):
    """The cassette holds no answer for a request and may not record one.

    The SDK returns it as the ``.cause`` of an ``UnexpectedClientError`` whose message
    names the request, the nearest recorded one and how they differ.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        nearest: Mapping[str, Any] | None = None,
        differences: Sequence[str] = (),
    ) -> None:
        super().__init__(message, request=request)
        #: The nearest recorded request, as written in the cassette (None: none recorded).
        self.nearest = nearest
        #: How the request differs from ``nearest``, one line per matcher.
        self.differences = tuple(differences)


# --- secrets ------------------------------------------------------------------------------


class Redactor:
    """Replaces secrets in cassette documents: by name, by value and by shape.

    By name: the ``Authorization``, ``Cookie``, ``Set-Cookie`` and API-key headers plus
    ``headers``; the query parameters in ``query``; body fields named like a secret
    (``api_key``, ``token``, ``password``, a ``key`` of 16 or more characters such as an API
    key creation's new key) plus ``fields``. By value: the bearer token of every request,
    ``secrets``, and every value redacted by name, wherever else it appears. By shape:
    anything that looks like an OpenRouter key (``sk-or-v1-...``).
    """

    def __init__(
        self,
        *,
        headers: Iterable[str] = (),
        query: Iterable[str] = (),
        fields: Iterable[str] = (),
        secrets: Iterable[str] = (),
    ) -> None:
        self.headers = _SECRET_HEADERS | {h.lower() for h in headers}
        self.query = frozenset(query)
        self.fields = _SECRET_FIELDS | frozenset(fields)
        self.secrets: set[str] = set()
        for secret in secrets:
            self.learn(secret)

    def learn(self, secret: str) -> None:
        """Treat ``secret`` as a secret wherever it appears from now on."""
        for part in (secret, secret.removeprefix("Bearer ").strip()):
            if len(part) >= _MIN_SECRET and part != REDACTED:
                self.secrets.add(part)

    def text(self, value: str) -> str:
        """``value`` with every known secret and key-shaped string replaced."""
        for secret in sorted(self.secrets, key=len, reverse=True):
            if secret in value:
                value = value.replace(secret, REDACTED)
        return _KEY_PATTERN.sub(REDACTED, value)

    def raw(self, value: bytes) -> bytes:
        """:meth:`text` for bytes of any encoding."""
        for secret in sorted(self.secrets, key=len, reverse=True):
            value = value.replace(secret.encode(), REDACTED.encode())
        return re.sub(_KEY_PATTERN.pattern.encode(), REDACTED.encode(), value)

    def _secret_field(self, name: str, value: object) -> bool:
        if name not in self.fields or not isinstance(value, str) or value == REDACTED:
            return False
        return name != "key" or len(value) >= _CREDENTIAL_LENGTH

    def _learn_data(self, value: Any) -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                if self._secret_field(name, item):
                    self.learn(item)
                self._learn_data(item)
        elif isinstance(value, list):
            for item in value:
                self._learn_data(item)

    def _data(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                name: REDACTED if self._secret_field(name, item) else self._data(item)
                for name, item in value.items()
            }
        if isinstance(value, list):
            return [self._data(item) for item in value]
        return self.text(value) if isinstance(value, str) else value

    def learn_from(self, interaction: Mapping[str, Any]) -> None:
        """Learn the secrets an interaction carries by name (its key, a new key it returns)."""
        for part in (interaction.get("request"), interaction.get("response")):
            if not part:
                continue
            for name, value in part.get("headers", {}).items():
                if name.lower() in self.headers:
                    for one in value if isinstance(value, list) else [value]:
                        self.learn(one)
            self._learn_data(part.get("body"))

    def scrub(self, part: Mapping[str, Any]) -> Doc:
        """A copy of a request or response document with every secret replaced."""
        clean: Doc = {}
        for name, value in part.items():
            if name == "headers":
                clean[name] = {
                    header: REDACTED if header.lower() in self.headers else self._data(item)
                    for header, item in value.items()
                }
            elif name == "url":
                clean[name] = self.text(_redact_query(value, self.query))
            elif name == "body":
                clean[name] = self._body(value)
            else:
                clean[name] = self._data(value)
        return clean

    def _body(self, body: Mapping[str, Any]) -> Doc:
        if "base64" in body:
            raw = self.raw(base64.b64decode(body["base64"]))
            return {"base64": base64.b64encode(raw).decode("ascii")}
        if "sse" in body:
            return {"sse": [[self._piece(piece) for piece in chunk] for chunk in body["sse"]]}
        return {kind: self._data(value) for kind, value in body.items()}

    def _piece(self, piece: Any) -> Any:
        if isinstance(piece, dict) and "base64" in piece:
            return self._body(piece)
        return self._data(piece)


def _redact_query(url: str, names: frozenset[str]) -> str:
    if not names:
        return url
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(name in names for name, _ in pairs):
        return url
    query = urlencode([(n, REDACTED if n in names else v) for n, v in pairs], safe="[]")
    return urlunsplit(parts._replace(query=query))


# --- bodies as cassette documents -----------------------------------------------------------


def _headers_doc(headers: httpx.Headers) -> Doc:
    doc: Doc = {}
    for name, value in headers.multi_items():
        if name in _FRAMING:
            continue
        if name in doc:
            previous = doc[name]
            doc[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            doc[name] = value
    return doc


def _headers_list(doc: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [
        (name, one)
        for name, value in doc.items()
        for one in (value if isinstance(value, list) else [value])
    ]


def _body_doc(content: bytes, content_type: str) -> Doc | None:
    if not content:
        return None
    if "json" in content_type:
        try:
            return {"json": json.loads(content)}
        except ValueError:
            pass
    try:
        return {"text": content.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(content).decode("ascii")}


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _sse_chunk(chunk: bytes) -> list[Any]:
    """One chunk of an event stream as its events: ``{"data": ...}`` where the event is one
    compact JSON ``data:`` line (written back byte for byte), else the text as it came."""
    try:
        text = chunk.decode("utf-8")
    except UnicodeDecodeError:  # a chunk boundary split a character
        return [{"base64": base64.b64encode(chunk).decode("ascii")}]
    pieces: list[Any] = []
    for segment in re.split(r"(?<=\n\n)", text):
        if not segment:
            continue
        data = segment[6:-2] if segment.startswith("data: ") and segment.endswith("\n\n") else ""
        if data and "\n" not in data and not data.startswith('"'):
            try:
                value = json.loads(data)
            except ValueError:
                value = None
            if value is not None and _compact(value) == data:
                pieces.append({"data": value})
                continue
        if pieces and isinstance(pieces[-1], str):
            pieces[-1] += segment
        else:
            pieces.append(segment)
    return pieces


def _sse_bytes(pieces: Sequence[Any]) -> bytes:
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece.encode())
        elif "base64" in piece:
            out.append(base64.b64decode(piece["base64"]))
        else:
            out.append(f"data: {_compact(piece['data'])}\n\n".encode())
    return b"".join(out)


def _body_chunks(body: Mapping[str, Any] | None) -> list[bytes]:
    """The chunks a recorded body is replayed in."""
    if not body:
        return []
    if "sse" in body:
        return [_sse_bytes(chunk) for chunk in body["sse"]]
    if "json" in body:
        return [json.dumps(body["json"], ensure_ascii=False).encode()]
    if "text" in body:
        return [body["text"].encode()]
    return [base64.b64decode(body["base64"])]


def request_doc(request: httpx.Request) -> Doc:
    """``request`` as a cassette document (secrets not yet replaced); its body must be read."""
    doc: Doc = {
        "method": request.method,
        "url": str(request.url),
        "headers": _headers_doc(request.headers),
    }
    body = _body_doc(request.content, request.headers.get("content-type", ""))
    if body is not None:
        doc["body"] = body
    return doc


# --- matching -------------------------------------------------------------------------------


def _request_line(doc: Mapping[str, Any]) -> str:
    parts = urlsplit(doc["url"])
    return f"{doc['method']} {parts.path}" + (f"?{parts.query}" if parts.query else "")


def _match_method(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    if sent["method"] == recorded["method"]:
        return None
    return f"method: sent {sent['method']}, recorded {recorded['method']}"


def _match_host(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    a, b = urlsplit(sent["url"]).netloc, urlsplit(recorded["url"]).netloc
    return None if a == b else f"host: sent {a}, recorded {b}"


def _match_path(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    a, b = urlsplit(sent["url"]).path, urlsplit(recorded["url"]).path
    return None if a == b else f"path: sent {a}, recorded {b}"


def _match_query(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    a, b = (
        sorted(parse_qsl(urlsplit(d["url"]).query, keep_blank_values=True))
        for d in (sent, recorded)
    )
    if a == b:
        return None
    return f"query: sent {urlencode(a) or '(none)'}, recorded {urlencode(b) or '(none)'}"


def _boundary(doc: Mapping[str, Any]) -> str | None:
    found = re.search(r"boundary=\"?([^\";]+)", str(doc.get("headers", {}).get("content-type", "")))
    return found.group(1) if found else None


def _comparable_body(doc: Mapping[str, Any]) -> Any:
    body = doc.get("body")
    if not body:
        return None
    if "json" in body:
        return ("json", body["json"])
    raw = b"".join(_body_chunks(body))
    boundary = _boundary(doc)  # multipart boundaries are random per request
    return ("bytes", raw.replace(boundary.encode(), b"BOUNDARY") if boundary else raw)


def _match_body(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    a, b = _comparable_body(sent), _comparable_body(recorded)
    if a == b:
        return None
    if a is not None and b is not None and a[0] == b[0] == "json":
        return "body: " + _json_difference(a[1], b[1], "")
    return f"body: sent {_size(a)}, recorded {_size(b)}, not equal"


def _size(body: Any) -> str:
    if body is None:
        return "no body"
    return f"{len(_compact(body[1]) if body[0] == 'json' else body[1])} bytes"


def _json_difference(sent: Any, recorded: Any, where: str) -> str:
    if isinstance(sent, dict) and isinstance(recorded, dict):
        for name in [*sent, *(n for n in recorded if n not in sent)]:
            at = f"{where}.{name}" if where else name
            if name not in recorded:
                return f"{at} sent ({_short(sent[name])}) but not recorded"
            if name not in sent:
                return f"{at} recorded ({_short(recorded[name])}) but not sent"
            if sent[name] != recorded[name]:
                return _json_difference(sent[name], recorded[name], at)
    if isinstance(sent, list) and isinstance(recorded, list) and len(sent) == len(recorded):
        for index, (a, b) in enumerate(zip(sent, recorded, strict=True)):
            if a != b:
                return _json_difference(a, b, f"{where}[{index}]")
    return f"at {where or 'the top'}: sent {_short(sent)}, recorded {_short(recorded)}"


def _short(value: Any, limit: int = 60) -> str:
    text = _compact(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


#: The built-in matchers by name: ``match_on`` takes these names and your own functions.
MATCHERS: Mapping[str, Matcher] = {
    "method": _match_method,
    "host": _match_host,
    "path": _match_path,
    "query": _match_query,
    "body": _match_body,
}
#: Method, path, query and JSON body (keys in any order); the host is left out so a
#: cassette recorded against one server replays against any.
DEFAULT_MATCH_ON: tuple[str, ...] = ("method", "path", "query", "body")


# --- response bodies: recorded as they pass, replayed chunk by chunk ------------------------


def _transport_error(error: Mapping[str, Any], request: httpx.Request) -> httpx.TransportError:
    kind = getattr(httpx, str(error.get("type")), None)
    if not (isinstance(kind, type) and issubclass(kind, httpx.TransportError)):
        kind = httpx.RemoteProtocolError
    return kind(str(error.get("message", "")), request=request)


class _Replayed(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A recorded body: its chunks (after their recorded waits), then its recorded end."""

    def __init__(
        self,
        chunks: Sequence[bytes],
        delays: Sequence[float] | None,
        error: Mapping[str, Any] | None,
        request: httpx.Request,
        clock: Clock,
    ) -> None:
        self.chunks, self.delays, self.error = chunks, delays, error
        self.request, self.clock = request, clock

    def _wait(self, index: int) -> float:
        return self.delays[index] if self.delays and index < len(self.delays) else 0.0

    def __iter__(self) -> Iterator[bytes]:
        for index, chunk in enumerate(self.chunks):
            if self._wait(index):
                self.clock.sleep(self._wait(index))
            yield chunk
        if self.error is not None:
            raise _transport_error(self.error, self.request)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for index, chunk in enumerate(self.chunks):
            if self._wait(index):
                await self.clock.async_sleep(self._wait(index))
            yield chunk
        if self.error is not None:
            raise _transport_error(self.error, self.request)


class _Recording(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A live body passed on chunk by chunk and written to the cassette once it ends.

    Closed before its end (a caller that stopped reading), it reads the rest first, so the
    cassette holds the whole answer the server gave.
    """

    def __init__(self, cassette: CassetteTransport, request: Doc, response: httpx.Response) -> None:
        self.cassette, self.request, self.response = cassette, request, response
        self.chunks: list[bytes] = []
        self.delays: list[float] = []
        self.error: Doc | None = None
        self.done = False
        self.last = cassette.clock.monotonic()
        self.sync_chunks: Iterator[bytes] | None = None
        self.async_chunks: AsyncIterator[bytes] | None = None

    def _take(self, chunk: bytes) -> bytes:
        now = self.cassette.clock.monotonic()
        self.delays.append(round(now - self.last, 3))
        self.last = now
        self.chunks.append(chunk)
        return chunk

    def _failed(self, exc: httpx.TransportError) -> None:
        self.error = {"type": type(exc).__name__, "message": str(exc)}

    def __iter__(self) -> Iterator[bytes]:
        self.sync_chunks = self.response.iter_bytes()
        try:
            for chunk in self.sync_chunks:
                yield self._take(chunk)
        except httpx.TransportError as exc:
            self._failed(exc)
            self._finish()
            raise
        self._finish()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.async_chunks = self.response.aiter_bytes()
        try:
            async for chunk in self.async_chunks:
                yield self._take(chunk)
        except httpx.TransportError as exc:
            self._failed(exc)
            self._finish()
            raise
        self._finish()

    def close(self) -> None:
        if not self.done:
            try:
                for chunk in self.sync_chunks or self.response.iter_bytes():
                    self._take(chunk)
            except httpx.TransportError as exc:
                self._failed(exc)
            except httpx.StreamError:
                pass
            self._finish()
        self.response.close()

    async def aclose(self) -> None:
        if not self.done:
            try:
                async for chunk in self.async_chunks or self.response.aiter_bytes():
                    self._take(chunk)
            except httpx.TransportError as exc:
                self._failed(exc)
            except httpx.StreamError:
                pass
            self._finish()
        await self.response.aclose()

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        response: Doc = {
            "status": self.response.status_code,
            "headers": _headers_doc(self.response.headers),
        }
        content_type = self.response.headers.get("content-type", "")
        if content_type.startswith("text/event-stream") and self.chunks:
            response["body"] = {"sse": [_sse_chunk(chunk) for chunk in self.chunks]}
        else:
            body = _body_doc(b"".join(self.chunks), content_type)
            if body is not None:
                response["body"] = body
        if self.cassette.record_delays and len(self.chunks) > 1:
            response["delays"] = self.delays
        if self.error is not None:
            response["error"] = self.error
        self.cassette._add({"request": self.request, "response": response})


# --- the transport --------------------------------------------------------------------------


class CassetteTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (sync and async) that replays a cassette and records into it.

    ``mode`` decides what reaches the network (:data:`RecordMode`); ``match_on`` lists
    matcher names (:data:`MATCHERS`) or functions. Identical requests get their recorded
    answers in order, each once. A request without an answer that may not be recorded
    fails with :class:`UnmatchedRequestError` (the SDK's ``UnexpectedClientError``) naming
    the nearest recorded request and the difference. ``faults`` apply to every answer, and
    an answer a fault makes is never recorded. ``record_delays`` keeps the time between the
    chunks of a body; ``replay_delays`` waits them out again on ``clock``. ``transport`` and
    ``async_transport`` reach the network (default: httpx's).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        mode: RecordMode = "once",
        match_on: Iterable[str | Matcher] = DEFAULT_MATCH_ON,
        redact_headers: Iterable[str] = (),
        redact_query: Iterable[str] = (),
        redact_fields: Iterable[str] = (),
        secrets: Iterable[str] = (),
        faults: FaultPlan | Iterable[Fault] = (),
        record_delays: bool = False,
        replay_delays: bool = False,
        clock: Clock = SYSTEM_CLOCK,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if mode not in get_args(RecordMode):
            raise ValueError(f"mode must be one of {get_args(RecordMode)}; got {mode!r}")
        self.path = Path(path)
        self.mode: RecordMode = mode
        self.yaml = self.path.suffix in (".yaml", ".yml")
        if self.yaml:
            _yaml()  # fail here, at set-up, when PyYAML is missing
        self.matchers = tuple(_matcher(m) for m in match_on)
        self.redactor = Redactor(
            headers=redact_headers, query=redact_query, fields=redact_fields, secrets=secrets
        )
        self.faults = as_fault_plan(faults, clock)
        self.clock = clock
        self.record_delays = record_delays
        self.replay_delays = replay_delays
        self.existed = self.path.exists()
        #: Every request seen, in order (bodies already read).
        self.requests: list[httpx.Request] = []
        self.interactions: list[Doc] = self._load() if self.existed and mode != "all" else []
        self._replayable = len(self.interactions)
        self._played = [False] * self._replayable
        self._recorded = False
        self._lock = threading.RLock()
        self._transport = transport
        self._async_transport = async_transport

    @property
    def all_played(self) -> bool:
        """Whether every interaction the file held has been replayed."""
        return all(self._played)

    # --- httpx entry points ---

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self.faults.answer(request, self._answer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await self.faults.answer_async(request, self._answer_async)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()

    # --- answering ---

    def _answer(self, request: httpx.Request) -> httpx.Response:
        sent, recorded = self._decide(request)
        if recorded is not None:
            return self._replay(recorded, request)
        if self._transport is None:
            self._transport = httpx.HTTPTransport()
        response = self._transport.handle_request(request)
        return self._recording(sent, response)

    async def _answer_async(self, request: httpx.Request) -> httpx.Response:
        sent, recorded = self._decide(request)
        if recorded is not None:
            return self._replay(recorded, request)
        if self._async_transport is None:
            self._async_transport = httpx.AsyncHTTPTransport()
        response = await self._async_transport.handle_async_request(request)
        return self._recording(sent, response)

    def _decide(self, request: httpx.Request) -> tuple[Doc, Doc | None]:
        """The request's document and the interaction answering it (None: record it).

        Raises UnmatchedRequestError when there is none and the mode records nothing.
        """
        sent = request_doc(request)
        with self._lock:
            self.requests.append(request)
            if self.mode == "all" or (self.mode == "once" and not self.existed):
                return sent, None
            self.redactor.learn_from({"request": sent})
            clean = self.redactor.scrub(sent)
            for index in range(self._replayable):
                recorded = self.interactions[index]
                if not self._played[index] and not self._differences(clean, recorded["request"]):
                    self._played[index] = True
                    return sent, recorded
            if self.mode == "new_episodes":
                return sent, None
            raise self._unmatched(clean, request)

    def _differences(self, sent: Doc, recorded: Mapping[str, Any]) -> list[str]:
        found = (matcher(sent, recorded) for matcher in self.matchers)
        return [difference for difference in found if difference is not None]

    def _unmatched(self, sent: Doc, request: httpx.Request) -> UnmatchedRequestError:
        line = _request_line(sent)
        where = f"Cassette {self.path} (mode {self.mode!r})"
        if not self.existed:
            return UnmatchedRequestError(
                f"{where} does not exist, and this mode only replays: record it first "
                f"(mode 'once', or pytest --openrouter-record=once). Request: {line}",
                request=request,
            )
        candidates = [
            (self._differences(sent, recorded["request"]), index)
            for index, recorded in enumerate(self.interactions[: self._replayable])
        ]
        if not candidates:
            return UnmatchedRequestError(
                f"{where} holds no interactions; {line} was sent", request=request
            )
        # Fewest differences first; among equals, one not replayed yet.
        differences, index = min(candidates, key=lambda c: (len(c[0]), self._played[c[1]], c[1]))
        nearest = self.interactions[index]["request"]
        if not differences:
            used = sum(1 for found, i in candidates if not found and self._played[i])
            detail = f"its {used} recorded answer(s) were all replayed already"
        else:
            detail = "; ".join(differences)
        return UnmatchedRequestError(
            f"{where} has no answer for {line}. Nearest recorded request (#{index + 1}): "
            f"{_request_line(nearest)}; {detail}. Record it with mode 'new_episodes' "
            "(pytest --openrouter-record=new_episodes), or change the matchers.",
            request=request,
            nearest=nearest,
            differences=differences,
        )

    def _replay(self, recorded: Mapping[str, Any], request: httpx.Request) -> httpx.Response:
        response = recorded["response"]
        delays = response.get("delays") if self.replay_delays else None
        stream = _Replayed(
            _body_chunks(response.get("body")), delays, response.get("error"), request, self.clock
        )
        return httpx.Response(
            response["status"], headers=_headers_list(response.get("headers", {})), stream=stream
        )

    def _recording(self, sent: Doc, response: httpx.Response) -> httpx.Response:
        headers = [(k, v) for k, v in response.headers.multi_items() if k not in _FRAMING]
        return httpx.Response(
            response.status_code,
            headers=headers,
            stream=_Recording(self, sent, response),
            extensions=response.extensions,
        )

    # --- the file ---

    def _add(self, interaction: Doc) -> None:
        with self._lock:
            self.interactions.append(interaction)
            self._recorded = True
            self.save()

    def save(self) -> None:
        """Write the cassette, secrets replaced (done after each recorded interaction)."""
        with self._lock:
            if not self._recorded:
                return
            for interaction in self.interactions:
                self.redactor.learn_from(interaction)
            self.interactions = [
                {part: self.redactor.scrub(doc) for part, doc in interaction.items()}
                for interaction in self.interactions
            ]
            document = {"openrouter_cassette": 1, "interactions": self.interactions}
            if self.yaml:
                text = _yaml_text(document)
            else:
                text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + ".tmp")
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(self.path)

    def _load(self) -> list[Doc]:
        text = self.path.read_text(encoding="utf-8")
        document = _yaml().safe_load(text) if self.yaml else json.loads(text)
        if not isinstance(document, dict) or not isinstance(document.get("interactions"), list):
            raise ValueError(f"{self.path} is not a cassette (no 'interactions' list)")
        return copy.deepcopy(document["interactions"])


def _matcher(matcher: str | Matcher) -> Matcher:
    if callable(matcher):
        return matcher
    if matcher not in MATCHERS:
        raise ValueError(f"No matcher is called {matcher!r}; the built-in ones: {sorted(MATCHERS)}")
    return MATCHERS[matcher]


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:
        raise ImportError(
            "YAML cassettes need PyYAML: pip install 'openrouter-funcs[testing]', "
            "or name the cassette '.json'"
        ) from None
    return yaml


def _yaml_text(document: Doc) -> str:
    yaml = _yaml()

    class Dumper(yaml.SafeDumper):  # type: ignore[misc,name-defined]
        """Writes text with line breaks (an event stream's events) as literal blocks."""

    def text(dumper: Any, value: str) -> Any:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    dumped: str = yaml.dump(document, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
    return dumped


def cassette_core(
    cassette: CassetteTransport | str | os.PathLike[str], **core_kwargs: Any
) -> OpenRouterCore:
    """An :class:`OpenRouterCore` whose sync and async clients go through ``cassette``.

    Configured like ``OpenRouterCore()`` (``OPENROUTER_API_KEY``, ``OPENROUTER_BASE_URL``)
    unless ``core_kwargs`` say otherwise; without a key, replayed calls carry a placeholder.
    A path makes a :class:`CassetteTransport` in mode ``once``. Close the clients
    (``core.client.close()``) to release the connections recording opened.
    """
    transport = cassette if isinstance(cassette, CassetteTransport) else CassetteTransport(cassette)
    if "api_key" not in core_kwargs and not os.environ.get("OPENROUTER_API_KEY"):
        core_kwargs["api_key"] = REPLAY_KEY
    return OpenRouterCore(
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
        **core_kwargs,
    )
