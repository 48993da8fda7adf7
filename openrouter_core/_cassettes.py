"""Record and replay: an httpx transport answering from a cassette file it records real traffic into.

A cassette is one readable file (YAML when its name ends in ``.yaml`` and PyYAML is
installed, else JSON) listing request/response pairs: JSON bodies as data, event streams as
their chunks (each chunk its events, in the order and grouping the network gave them),
other text as text and binary bodies as base64. Secrets are replaced by ``[REDACTED]``
before anything is written (see :class:`Redactor`).
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import threading
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, get_args

import httpx

from openrouter_core._cassette_documents import (
    FRAMING,
    Doc,
    body_chunks,
    body_doc,
    headers_doc,
    headers_list,
    request_doc,
    sse_chunk,
)
from openrouter_core._cassette_matching import DEFAULT_MATCH_ON, Matcher, matcher, request_line
from openrouter_core._clock import SYSTEM_CLOCK, Clock
from openrouter_core._core import OpenRouterCore
from openrouter_core._faults import Fault, FaultedTransport, FaultPlan, as_fault_plan
from openrouter_core._redaction import Redactor

__all__ = [
    "REPLAY_KEY",
    "CassetteTransport",
    "RecordMode",
    "UnmatchedRequestError",
    "cassette_core",
]

#: ``once``: record when the file is missing, else replay only; ``none``: replay only;
#: ``new_episodes``: replay what matches, record the rest; ``all``: record everything anew.
RecordMode = Literal["once", "none", "new_episodes", "all"]
#: The key a core gets when none is configured and the calls come from a cassette.
REPLAY_KEY = "sk-or-cassette-replay"


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
        with self._passing_on():
            for chunk in self.sync_chunks:
                yield self._take(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.async_chunks = self.response.aiter_bytes()
        with self._passing_on():
            async for chunk in self.async_chunks:
                yield self._take(chunk)

    def close(self) -> None:
        if not self.done:
            with self._draining():
                for chunk in self.sync_chunks or self.response.iter_bytes():
                    self._take(chunk)
        self.response.close()

    async def aclose(self) -> None:
        if not self.done:
            with self._draining():
                async for chunk in self.async_chunks or self.response.aiter_bytes():
                    self._take(chunk)
        await self.response.aclose()

    # What both flavours do around their loops, so that only the loops are written twice.

    @contextlib.contextmanager
    def _passing_on(self) -> Iterator[None]:
        """Around the caller's reading: the body is written down when it ends, cut or not."""
        try:
            yield
        except httpx.TransportError as exc:
            self._failed(exc)
            self._finish()
            raise
        self._finish()

    @contextlib.contextmanager
    def _draining(self) -> Iterator[None]:
        """Around reading the rest of a body the caller closed early: a cut is recorded, and a
        body already consumed (httpx's StreamError) simply ends."""
        try:
            yield
        except httpx.TransportError as exc:
            self._failed(exc)
        except httpx.StreamError:
            pass
        self._finish()

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        response: Doc = {
            "status": self.response.status_code,
            "headers": headers_doc(self.response.headers),
        }
        content_type = self.response.headers.get("content-type", "")
        if content_type.startswith("text/event-stream") and self.chunks:
            response["body"] = {"sse": [sse_chunk(chunk) for chunk in self.chunks]}
        else:
            body = body_doc(b"".join(self.chunks), content_type)
            if body is not None:
                response["body"] = body
        if self.cassette.record_delays and len(self.chunks) > 1:
            response["delays"] = self.delays
        if self.error is not None:
            response["error"] = self.error
        self.cassette._add({"request": self.request, "response": response})


# --- the transport --------------------------------------------------------------------------


class CassetteTransport(FaultedTransport):
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
        self.matchers = tuple(matcher(m) for m in match_on)
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
        found = (match(sent, recorded) for match in self.matchers)
        return [difference for difference in found if difference is not None]

    def _unmatched(self, sent: Doc, request: httpx.Request) -> UnmatchedRequestError:
        line = request_line(sent)
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
            f"{request_line(nearest)}; {detail}. Record it with mode 'new_episodes' "
            "(pytest --openrouter-record=new_episodes), or change the matchers.",
            request=request,
            nearest=nearest,
            differences=differences,
        )

    def _replay(self, recorded: Mapping[str, Any], request: httpx.Request) -> httpx.Response:
        response = recorded["response"]
        delays = response.get("delays") if self.replay_delays else None
        stream = _Replayed(
            body_chunks(response.get("body")), delays, response.get("error"), request, self.clock
        )
        return httpx.Response(
            response["status"], headers=headers_list(response.get("headers", {})), stream=stream
        )

    def _recording(self, sent: Doc, response: httpx.Response) -> httpx.Response:
        headers = [(k, v) for k, v in response.headers.multi_items() if k not in FRAMING]
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
