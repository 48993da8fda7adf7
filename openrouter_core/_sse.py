"""An incremental server-sent-events decoder (WHATWG HTML, "Parsing an event stream").

Bytes go in as the network delivers them; whole events come out. The decoder works on the
complete lines of each chunk at once, with C-level ``split``/``find`` calls, so a chunk costs a
few string operations plus one small step per event rather than a Python step per byte. Two
things make that safe: a line end byte (CR or LF) never occurs inside a UTF-8 multi-byte
sequence, so the bytes before the last line end of a chunk always decode on their own; and
the one ambiguous case, a CR ending one chunk whose LF starts the next, is remembered across
chunks so a CRLF split in two is one line end, not two.

Deviation from the spec, on purpose: at end of input the spec discards an event whose
terminating blank line never came. Servers and proxies do cut the last blank line, and losing
the final chunk (often the one with ``usage``) is worse than keeping it, so :meth:`flush`
dispatches such an event when it has data.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

import attrs

__all__ = ["EventTooLarge", "SSEDecoder", "ServerSentEvent", "aiter_events", "iter_events"]

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


class EventTooLarge(ValueError):
    """One event (or one line) grew past the decoder's ``max_event_bytes``."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"an event grew past max_event_bytes ({limit} bytes)")
        self.limit = limit
        #: The events the same chunk completed before the oversized one, in order.
        self.complete: list[ServerSentEvent] = []


class SSEDecoder:
    """Turns a byte stream, fed in arbitrary pieces, into :class:`ServerSentEvent` values.

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
        #: The reconnection time from the latest valid ``retry:`` field, in milliseconds.
        self.retry: int | None = None

    @property
    def max_event_bytes(self) -> int | None:
        """The bound on one event's (and one line's) size, or None for no bound."""
        return self._limit

    @property
    def last_event_id(self) -> str | None:
        """The last event ID buffer: the latest ``id:`` value without a NUL."""
        return self._last_id

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
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
        events: list[ServerSentEvent] = []
        try:
            self._complete_lines(complete.decode("utf-8", "replace"), events)
        except EventTooLarge as exc:
            exc.complete = events
            raise
        return events

    def flush(self) -> list[ServerSentEvent]:
        """End the stream: return the unterminated last event if it has data, then reset."""
        if not self._started and self._partial:
            # Fewer than three bytes, all a BOM prefix: not a BOM after all.
            self._started = True
        tail = b"".join(self._partial).decode("utf-8", "replace")
        self._partial = []
        self._partial_size = 0
        events: list[ServerSentEvent] = []
        if tail:
            self._line(tail, events)
        self._dispatch(events)
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

    def _complete_lines(self, text: str, events: list[ServerSentEvent]) -> None:
        """Handle ``text``, which holds only whole lines and ends with a line end."""
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        # Each block but the last is followed by a blank line, i.e. ends with a dispatch.
        blocks = text.split("\n\n")
        last = blocks.pop()
        append = events.append
        start = 0
        if blocks and (self._data or self._event or self._event_retry is not None):
            # The first block finishes an event begun in an earlier chunk.
            for line in blocks[0].split("\n"):
                self._line(line, events)
            self._dispatch(events)
            start = 1
        # From here on every block starts a fresh event (the one before was dispatched).
        last_id = self._last_id
        for block in blocks[start:] if start else blocks:
            # Fast paths for a lone ``data:`` line or comment: the shape of almost every
            # OpenRouter event.
            if "\n" not in block:
                if self._limit is not None and len(block) > self._limit:
                    raise EventTooLarge(self._limit)
                if block.startswith("data:"):
                    append(
                        ServerSentEvent(
                            data=block[6:] if block[5:6] == " " else block[5:], id=last_id
                        )
                    )
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

    def _line(self, line: str, events: list[ServerSentEvent]) -> None:
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
            self._event_retry = self.retry = int(value)

    def _dispatch(self, events: list[ServerSentEvent]) -> None:
        """A blank line: emit the pending event if it has data, and start a new one."""
        if self._data:
            events.append(
                ServerSentEvent(
                    event=self._event or "message",
                    data="\n".join(self._data),
                    id=self._last_id,
                    retry=self._event_retry,
                )
            )
            self._data = []
        self._data_size = 0
        self._event = ""
        self._event_retry = None


def iter_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Decode the events of a byte stream given as chunks of any size."""
    decoder = SSEDecoder()
    for chunk in chunks:
        events = decoder.feed(chunk)
        if events:
            yield from events
    yield from decoder.flush()


async def aiter_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """Decode the events of an asynchronous byte stream given as chunks of any size."""
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.flush():
        yield event
