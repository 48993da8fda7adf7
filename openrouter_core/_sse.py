"""Decoding an event stream: bytes into server-sent events, and events into ``Result`` items.

Two layers, each usable alone. :class:`SSEDecoder` is an incremental server-sent-events parser
(WHATWG HTML, "Parsing an event stream"): bytes go in as the network delivers them, whole
events come out. :class:`EventItems` sits on top and turns each event into what a stream
yields: ``Success(model)``, or a ``Failure`` for an event that is not JSON, does not fit, reports
an error, or grew too large; the ``[DONE]`` sentinel ends the stream.

The parser works on the complete lines of each chunk at once, with C-level ``split``/``find``
calls, so a chunk costs a few string operations plus one small step per event rather than a
Python step per byte. Two things make that safe: a line end byte (CR or LF) never occurs inside
a UTF-8 multi-byte sequence, so the bytes before the last line end of a chunk always decode on
their own; and the one ambiguous case, a CR ending one chunk whose LF starts the next, is
remembered across chunks so a CRLF split in two is one line end, not two.

Almost every event OpenRouter sends is one ``data: {...}`` line. Inside this module such an
event travels as its bare ``data`` string (see ``RawEvent``), so the common path allocates no event
object and calls the parser on the string directly; every other event is a
:class:`ServerSentEvent`.

Deviation from the spec, on purpose: at end of input the spec discards an event whose
terminating blank line never came. Servers and proxies do cut the last blank line, and losing
the final chunk (often the one with ``usage``) is worse than keeping it, so :meth:`flush`
dispatches such an event when it has data.

The decoder keeps no reconnection time or last event ID of its own (each event carries its
``id`` and ``retry``): the SDK never reconnects a stream.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs
import httpx
from returns.result import Failure, Result, Success

from openrouter_core._call_context import Attempt, credential_of
from openrouter_core._causes import detached
from openrouter_core._codec.decoding import FORGIVING, Decoding
from openrouter_core._codec.readers import reader_for
from openrouter_core._codec.scalars import Reader
from openrouter_core._json import loads
from openrouter_core.errors import OpenRouterBaseError, ResponseValidationError, StreamEventError

__all__ = [
    "DONE",
    "EventItems",
    "EventTooLarge",
    "RawEvent",
    "SSEDecoder",
    "ServerSentEvent",
    "event_parser",
]

T = TypeVar("T")

#: The ``data`` OpenRouter sends as the last event of a chat completion stream.
DONE = "[DONE]"

_BOM = b"\xef\xbb\xbf"


@attrs.frozen(kw_only=True)
class ServerSentEvent:
    """One dispatched event: its type, its data lines joined with ``"\\n"``, id and retry."""

    event: str = "message"
    data: str
    #: The last event ID seen so far in the stream (it carries over, as in the spec).
    id: str | None = None
    #: The ``retry:`` value given inside this event, if any.
    retry: int | None = None


#: An event as the decoder hands it to :class:`EventItems`: a plain ``str`` is a ``message``
#: event with that data, no id and no retry (the shape of nearly every event).
RawEvent = str | ServerSentEvent


#: Queued after the events before an oversized one: its item ends the stream.
_TOO_LARGE = ServerSentEvent(event="", data="")


class EventTooLarge(ValueError):
    """One event (or one line) grew past the decoder's ``max_event_bytes``."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"an event grew past max_event_bytes ({limit} bytes)")
        self.limit = limit
        #: The events the same chunk completed before the oversized one, in order.
        self.before: list[RawEvent] = []


class SSEDecoder:
    """Turns a byte stream, fed in arbitrary pieces, into events (:data:`RawEvent` values).

    With ``max_event_bytes``, :meth:`feed` raises :class:`EventTooLarge` as soon as the line
    being received, or the data of the event being built, holds more than that many bytes
    (characters, once decoded): a stream cannot make the decoder buffer without bound.
    """

    def __init__(self, max_event_bytes: int | None = None) -> None:
        self._limit = max_event_bytes
        # Bytes after the last line end seen; a list so a long line arriving in many
        # chunks is joined once instead of re-copied on every chunk.
        self._partial: list[bytes] = []
        self._partial_size = 0
        self._data_size = 0
        self._started = False
        self._skip_lf = False
        # The event being built from lines already seen.
        self._data: list[str] = []
        self._event = ""
        self._event_retry: int | None = None
        self._last_id: str | None = None

    @property
    def max_event_bytes(self) -> int | None:
        """The bound on one event's (and one line's) size, or None for no bound."""
        return self._limit

    def feed(self, chunk: bytes) -> list[RawEvent]:
        """Add the next bytes of the stream and return the events they complete."""
        if self._skip_lf and chunk:
            self._skip_lf = False
            if chunk[0] == 0x0A:
                chunk = chunk[1:]
        if not self._started:
            chunk = self._strip_bom(chunk)
            if not self._started:
                return []
        end = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
        if end < 0:
            if chunk:
                self._partial.append(chunk)
                self._partial_size += len(chunk)
                if self._limit is not None and self._partial_size > self._limit:
                    raise EventTooLarge(self._limit)
            return []
        if self._partial:
            self._partial.append(chunk[: end + 1])
            complete = b"".join(self._partial)
        else:
            complete = chunk[: end + 1]
        rest = chunk[end + 1 :]
        self._partial = [rest] if rest else []
        self._partial_size = len(rest)
        self._skip_lf = not rest and chunk[end] == 0x0D
        events: list[RawEvent] = []
        try:
            self._complete_lines(complete.decode("utf-8", "replace"), events)
        except EventTooLarge as exc:
            exc.before = events
            raise
        return events

    def flush(self) -> list[RawEvent]:
        """End the stream: return the unterminated last event if it has data, then reset."""
        if not self._started and self._partial:
            # Fewer than three bytes, all a BOM prefix: not a BOM after all.
            self._started = True
        tail = b"".join(self._partial).decode("utf-8", "replace")
        self._partial = []
        self._partial_size = 0
        events: list[RawEvent] = []
        try:
            if tail:
                self._line(tail, events)
            self._dispatch(events)
        except EventTooLarge as exc:
            exc.before = events
            raise
        finally:
            self._started = False
            self._skip_lf = False
        return events

    def _strip_bom(self, chunk: bytes) -> bytes:
        """Drop a UTF-8 BOM at the very start, even one split across chunks."""
        head = b"".join(self._partial) + chunk
        if len(head) < len(_BOM) and _BOM.startswith(head):
            self._partial = [head] if head else []
            return b""
        self._started = True
        self._partial = []
        return head[len(_BOM) :] if head.startswith(_BOM) else head

    def _complete_lines(self, text: str, events: list[RawEvent]) -> None:
        """Handle ``text``, which holds only whole lines and ends with a line end."""
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        # Each block but the last is followed by a blank line, i.e. ends with a dispatch.
        blocks = text.split("\n\n")
        last = blocks.pop()
        start = 0
        if blocks and (self._data or self._event or self._event_retry is not None):
            # The first block finishes an event begun in an earlier chunk.
            for line in blocks[0].split("\n"):
                self._line(line, events)
            self._dispatch(events)
            start = 1
        # From here on every block starts a fresh event (the one before was dispatched).
        append = events.append
        last_id = self._last_id
        # No block can be longer than the text, so a short text needs no per-block check.
        limit = self._limit if self._limit is not None and len(text) > self._limit else None
        for block in blocks[start:] if start else blocks:
            # Fast paths for a lone ``data:`` line or comment: the shape of almost every
            # OpenRouter event.
            if "\n" not in block:
                if limit is not None and len(block) > limit:
                    raise EventTooLarge(limit)
                if block[:5] == "data:":
                    data = block[6:] if block[5:6] == " " else block[5:]
                    append(data if last_id is None else ServerSentEvent(data=data, id=last_id))
                    continue
                if not block or block[0] == ":":
                    continue
            for line in block.split("\n"):
                self._line(line, events)
            self._dispatch(events)
            last_id = self._last_id
        if last:
            # ``last`` ends with the final line end; what precedes it are undispatched lines.
            for line in last[:-1].split("\n"):
                self._line(line, events)

    def _line(self, line: str, events: list[RawEvent]) -> None:
        """Process one line (without its line end)."""
        if not line:
            self._dispatch(events)
            return
        if line[0] == ":":
            return
        name, colon, value = line.partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
            if self._limit is not None:
                self._data_size += len(value) + 1
                if self._data_size > self._limit:
                    raise EventTooLarge(self._limit)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._event_retry = int(value)

    def _dispatch(self, events: list[RawEvent]) -> None:
        """A blank line: emit the pending event if it has data, and start a new one."""
        if self._data:
            data = "\n".join(self._data)
            if self._event or self._last_id is not None or self._event_retry is not None:
                events.append(
                    ServerSentEvent(
                        event=self._event or "message",
                        data=data,
                        id=self._last_id,
                        retry=self._event_retry,
                    )
                )
            else:
                events.append(data)
            self._data = []
        self._data_size = 0
        self._event = ""
        self._event_retry = None


# --- events into items --------------------------------------------------------------------


class _DataParser:
    """The SDK's event parsers: they read the ``data`` string, so the common event needs no
    :class:`ServerSentEvent` made for it (see ``EventItems``)."""

    def __call__(self, event: ServerSentEvent) -> Any:
        return self.parse_data(event.data)

    def parse_data(self, data: str) -> Any:
        """The value of one event's ``data``; raises when it is not JSON or does not fit."""
        return loads(data)


class _ModelParser(_DataParser):
    """Reads each event's ``data`` as JSON into a model, strictly or forgivingly."""

    def __init__(self, model: Any, decoding: Decoding, call: str) -> None:
        self._model = model
        self._decoding = decoding
        self._call = call
        self._reported = False
        #: The model's reader, looked up at the first event rather than at each one.
        self._read_fast: Reader | None = None

    def parse_data(self, data: str) -> Any:
        value = loads(data)
        read_fast = self._read_fast
        if read_fast is None:
            read_fast = self._read_fast = reader_for(self._model)
        try:
            # The fast pass with the reader kept from the first event: most events fit, and pay
            # nothing more. A misfit goes the way every response body goes.
            return read_fast(value, None, None)
        except Exception:
            pass
        value, problems = self._decoding.decode(value, self._model)
        if problems and not self._reported:
            self._reported = True
            self._decoding.report(self._call, problems)
        return value


def event_parser(
    model: Any, decoding: Decoding = FORGIVING, call: str = "stream"
) -> Callable[[ServerSentEvent], Any]:
    """Parse each event's ``data`` as JSON into ``model`` (``None``/``Any`` keeps the JSON).

    The debug logger hears of the first event that does not fit the spec, once per stream.
    """
    if model is None or model is Any:
        return _DataParser()
    return _ModelParser(model, decoding, call)


class EventItems(Generic[T]):
    """Turns a stream's bytes into its items; what the sync and async streams share.

    :meth:`feed` returns the events a chunk completes, still undecoded, and :meth:`item` decodes
    one when the stream hands it out. Decoding a whole chunk's events ahead would keep hundreds
    of fresh objects alive at once, and the garbage collector would walk them again and again
    (a tenth of a chat stream's time, measured); one at a time, each dies young.

    :meth:`item` never raises: whatever goes wrong with an event (JSON nested a thousand deep,
    say) is that event's ``Failure``. :attr:`finished` turns true at the event that ends the
    stream (``[DONE]``, an error event, an oversized event); no event after it is decoded.
    """

    def __init__(
        self,
        parse: Callable[[ServerSentEvent], T],
        *,
        response: httpx.Response,
        context: str,
        sentinel: str | None = DONE,
        attempt: Attempt | None = None,
        max_event_bytes: int | None = None,
    ) -> None:
        self._parse = parse
        self._parse_data: Callable[[str], T] = (
            parse.parse_data
            if isinstance(parse, _DataParser)
            else lambda data: parse(ServerSentEvent(data=data))
        )
        self._response = response
        self._context = context
        self._sentinel = sentinel
        #: The credential the request sent, masked wherever an event that becomes an error
        #: echoes it.
        self._credential = credential_of(attempt)
        self._decoder = SSEDecoder(max_event_bytes)
        self.finished = False

    def feed(self, chunk: bytes) -> list[RawEvent]:
        """The events ``chunk`` completes, for :meth:`item`."""
        try:
            return self._decoder.feed(chunk)
        except EventTooLarge as exc:
            return [*exc.before, _TOO_LARGE]

    def flush(self) -> list[RawEvent]:
        """The unterminated last event, if any, at the end of the body."""
        try:
            return self._decoder.flush()
        except EventTooLarge as exc:
            return [*exc.before, _TOO_LARGE]

    def item(self, event: RawEvent) -> Result[T, OpenRouterBaseError] | None:
        """The item for one event, or None (for the sentinel, which ends the stream)."""
        if isinstance(event, str) and '"error"' not in event:
            # The common event, a plain ``data: {...}``, in as few steps as can be. A
            # substring test keeps all but the rare event that mentions "error" here.
            if event == self._sentinel:
                self.finished = True
                return None
            try:
                return Success(self._parse_data(event))
            except Exception as exc:
                return Failure(self._unreadable(event, exc))
        if isinstance(event, str):
            event = ServerSentEvent(data=event)
        try:
            return self._event_item(event)
        except Exception as exc:
            return Failure(self._unreadable(event.data, exc))

    def _event_item(self, event: ServerSentEvent) -> Result[T, OpenRouterBaseError] | None:
        """The item for any event, or None for no item (the sentinel)."""
        if event is _TOO_LARGE:
            self.finished = True
            return Failure(
                ResponseValidationError(
                    f"{self._context}: an event grew past max_event_bytes "
                    f"({self._decoder.max_event_bytes} bytes); the stream has ended. Raise "
                    "the core's max_event_bytes if such events are expected.",
                    self._response,
                    "",
                    None,
                )
            )
        data = event.data
        if data == self._sentinel:
            self.finished = True
            return None
        if event.event == "error" or '"error"' in data:
            error = self._error_event(event)
            if error is not None:
                self.finished = True
                return Failure(error)
        try:
            return Success(self._parse(event))
        except Exception as exc:
            return Failure(self._unreadable(data, exc))

    def _unreadable(self, data: str, exc: Exception) -> ResponseValidationError:
        return ResponseValidationError(
            f"{self._context}: a streamed event could not be read "
            f"({type(exc).__name__}); its data is in .body and the stream goes on.",
            self._response,
            self._credential.mask(data),
            self._credential.mask_cause(detached(exc), data),
        )

    def _error_event(self, event: ServerSentEvent) -> StreamEventError | None:
        """The error an event reports, or None when it is an ordinary event."""
        text = self._credential.mask(event.data)
        try:
            payload = json.loads(text)
        except (ValueError, RecursionError):
            payload = None
        if isinstance(payload, dict) and payload.get("error") is not None:
            # Chat completions and Messages: {"error": {"code"?, "message", ...}, ...}.
            error = payload["error"]
            data = error if isinstance(error, dict) else payload
            message = error.get("message") if isinstance(error, dict) else error
        elif isinstance(payload, dict) and payload.get("type") == "error":
            # Responses API: {"type": "error", "code", "message", "param", ...}.
            data, message = payload, payload.get("message")
        elif event.event == "error":
            data = payload if isinstance(payload, dict) else {"message": text}
            message = data.get("message", text)
        else:
            return None
        code = data.get("code")
        if not isinstance(code, (int, str)) or isinstance(code, bool):
            code = None
        shown = f"error {code}" if code is not None else "an error"
        return StreamEventError(
            f"{self._context}: the stream reported {shown} and ended: {message}",
            code=code,
            data=data,
            response=self._response,
        )
