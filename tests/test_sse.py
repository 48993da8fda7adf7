"""The SSE decoder against the WHATWG parsing rules, however the bytes are chunked.

The tests feed the decoder through the two calls the streams make, ``feed`` and ``flush``.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from openrouter_core._sse import RawEvent, ServerSentEvent, SSEDecoder


def reference_events(body: bytes) -> list[ServerSentEvent]:
    """A line-at-a-time transcription of the spec (plus our dispatch-at-EOF choice)."""
    text = body.decode("utf-8", "replace")
    text = text.removeprefix("\ufeff")
    *lines, tail = re.split(r"\r\n|\r|\n", text)
    events: list[ServerSentEvent] = []
    data: list[str] = []
    event_type = ""
    retry: int | None = None
    last_id: str | None = None

    def dispatch() -> None:
        nonlocal data, event_type, retry
        if data:
            events.append(
                ServerSentEvent(
                    event=event_type or "message", data="\n".join(data), id=last_id, retry=retry
                )
            )
        data, event_type, retry = [], "", None

    for line in [*lines, tail] if tail else lines:
        if line == "":
            dispatch()
            continue
        if line.startswith(":"):
            continue
        if ":" in line:
            name, value = line.split(":", 1)
            if value.startswith(" "):
                value = value[1:]
        else:
            name, value = line, ""
        if name == "data":
            data.append(value)
        elif name == "event":
            event_type = value
        elif name == "id" and "\0" not in value:
            last_id = value
        elif name == "retry" and value and all(c in "0123456789" for c in value):
            retry = int(value)
    dispatch()
    return events


def as_events(raw: list[RawEvent]) -> list[ServerSentEvent]:
    """The decoder's events in full: a bare ``str`` is a message event with that data."""
    return [ServerSentEvent(data=event) if isinstance(event, str) else event for event in raw]


def feed_in_pieces(body: bytes, cuts: list[int]) -> list[ServerSentEvent]:
    pieces, start = [], 0
    for cut in sorted(cuts):
        pieces.append(body[start:cut])
        start = cut
    return decode(*pieces, body[start:])


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[RawEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    return as_events(events + decoder.flush())


# --- properties ---------------------------------------------------------------------------

# Field values: any text without line ends (NUL included, to exercise the id rule).
values = st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=12)
names = st.sampled_from(["data", "event", "id", "retry", "foo", "dat", ""])
lines = st.one_of(
    st.builds(lambda n, v: f"{n}:{v}", names, values),
    st.builds(lambda n, v: f"{n}: {v}", names, values),
    st.builds(lambda v: f"retry: {v}", st.integers(0, 10**6).map(str) | values),
    st.builds(lambda v: f":{v}", values),
    names,
    st.just(""),
    st.just("data: [DONE]"),
)
line_ends = st.sampled_from(["\n", "\r", "\r\n"])


@st.composite
def streams(draw: st.DrawFn) -> bytes:
    parts = [draw(lines) + draw(line_ends) for _ in range(draw(st.integers(0, 30)))]
    if draw(st.booleans()):
        parts.append(draw(lines))  # an unterminated last line
    body = "".join(parts).encode()
    return b"\xef\xbb\xbf" + body if draw(st.booleans()) else body


@given(streams(), st.lists(st.integers(0, 400), max_size=12))
def test_any_chunking_matches_the_spec(body: bytes, cuts: list[int]) -> None:
    cuts = [c for c in cuts if c <= len(body)]
    assert feed_in_pieces(body, cuts) == reference_events(body)


@given(streams())
def test_byte_at_a_time_matches_whole(body: bytes) -> None:
    assert feed_in_pieces(body, list(range(len(body)))) == reference_events(body)


@given(st.binary(max_size=200), st.lists(st.integers(0, 200), max_size=8))
def test_arbitrary_bytes_never_fail_and_match_the_spec(body: bytes, cuts: list[int]) -> None:
    cuts = [c for c in cuts if c <= len(body)]
    assert feed_in_pieces(body, cuts) == reference_events(body)


@given(st.lists(st.text(max_size=20).map(lambda s: re.sub(r"[\r\n]", "", s)), min_size=1))
def test_unicode_data_round_trips(payloads: list[str]) -> None:
    body = "".join(f"data: {p}\n\n" for p in payloads).encode()
    events = feed_in_pieces(body, list(range(0, len(body), 3)))
    assert [e.data for e in events] == payloads


# --- examples -----------------------------------------------------------------------------


def test_openrouter_stream_with_keepalive_comments() -> None:
    body = (
        b": OPENROUTER PROCESSING\n\n"
        b'data: {"choices":[{"delta":{"content":"Hi"}}]}\n\n'
        b": OPENROUTER PROCESSING\n\n"
        b"data: [DONE]\n\n"
    )
    assert [e.data for e in decode(body)] == ['{"choices":[{"delta":{"content":"Hi"}}]}', "[DONE]"]


def test_data_lines_join_with_newlines_and_fields_apply() -> None:
    body = b"event: update\nid: 7\nretry: 1500\ndata: one\ndata:two\ndata\n\n"
    assert decode(body) == [ServerSentEvent(event="update", data="one\ntwo\n", id="7", retry=1500)]


def test_only_one_space_after_the_colon_is_dropped() -> None:
    assert decode(b"data:  two spaces\n\n")[0].data == " two spaces"
    assert decode(b"data:\tx\n\n")[0].data == "\tx"


def test_event_type_and_retry_reset_but_id_carries_over() -> None:
    events = decode(b"event: a\nid: 1\nretry: 5\ndata: x\n\ndata: y\n\n")
    assert events == [
        ServerSentEvent(event="a", data="x", id="1", retry=5),
        ServerSentEvent(event="message", data="y", id="1", retry=None),
    ]


def test_ids_with_nul_and_non_digit_retries_are_ignored() -> None:
    events = decode(
        b"id: 1\ndata: a\n\nid: 2\x003\nretry: 12a\nretry: \xc2\xb2\ndata: b\n\n",
        b"retry: 250\ndata: c\n\n",
    )
    assert [(e.id, e.retry) for e in events] == [("1", None), ("1", None), ("1", 250)]


def test_events_without_data_are_not_dispatched() -> None:
    assert decode(b"event: ping\n\nid: 3\n\nretry: 10\n\n: comment\n\n") == []


def test_an_empty_data_field_is_dispatched() -> None:
    assert decode(b"data\n\ndata:\n\n") == [ServerSentEvent(data=""), ServerSentEvent(data="")]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    assert decode(b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n") == [ServerSentEvent(data="a\nb")]


def test_cr_alone_and_mixed_line_ends() -> None:
    assert decode(b"data: a\rdata: b\n\r\ndata: c\r\r") == [
        ServerSentEvent(data="a\nb"),
        ServerSentEvent(data="c"),
    ]


def test_cr_at_a_chunk_end_then_a_non_lf() -> None:
    assert decode(b"data: a\r", b"\r", b"data: b\r", b"", b"\r") == [
        ServerSentEvent(data="a"),
        ServerSentEvent(data="b"),
    ]


def test_multibyte_characters_split_across_chunks() -> None:
    body = "data: é🙂日本\n\n".encode()
    assert decode(*(body[i : i + 1] for i in range(len(body)))) == [ServerSentEvent(data="é🙂日本")]


def test_bom_is_stripped_once_even_when_split() -> None:
    assert decode(b"\xef", b"\xbb", b"\xbfdata: x\n\n") == [ServerSentEvent(data="x")]
    # A second BOM is part of the field name, which makes the line an unknown field.
    assert decode(b"\xef\xbb\xbf\xef\xbb\xbfdata: x\n\n") == []


def test_unterminated_last_event_is_dispatched_on_flush() -> None:
    decoder = SSEDecoder()
    assert as_events(decoder.feed(b"data: a\n\ndata: b")) == [ServerSentEvent(data="a")]
    assert as_events(decoder.flush()) == [ServerSentEvent(data="b")]
    assert decode(b"data: c\n") == [ServerSentEvent(data="c")]
    assert decode(b"event: x\n") == []


def test_long_line_over_many_chunks() -> None:
    payload = "x" * 100_000
    body = f"data: {payload}\n\n".encode()
    assert decode(*(body[i : i + 1000] for i in range(0, len(body), 1000))) == [
        ServerSentEvent(data=payload)
    ]
