"""Folding a streamed answer back into one: its text, reasoning, tool calls, usage and end.

The accumulators read chunks by field name through :func:`_field`, so they take the generated
models, plain dicts with the wire's keys, or a mix, and they accept a stream's items as they
come: ``Success`` values are unwrapped and the error of the last ``Failure`` is kept as
``error``, so ``accumulate_chat(stream)`` works directly on an :class:`EventStream`. An item
that wraps its chunk in ``data`` (the spec's ``ChatStreamingResponse`` shape) is unwrapped too.

Use :class:`ChatAccumulator` / :class:`ResponsesAccumulator` to show text as it arrives and
still get the summary at the end; the ``accumulate_*`` functions just run them over a stream.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

import attrs
from returns.result import Failure, Success

from openrouter_core._codec import EXTRA_FIELDS, field_wire_name, value_of
from openrouter_core._unset import Unset
from openrouter_core.errors import OpenRouterBaseError

__all__ = [
    "ChatAccumulator",
    "ChatStreamSummary",
    "ResponsesAccumulator",
    "ResponsesStreamSummary",
    "ToolCallSummary",
    "accumulate_chat",
    "accumulate_chat_async",
    "accumulate_responses",
    "accumulate_responses_async",
]


def _field(obj: Any, name: str) -> Any:
    """``obj[name]`` for a mapping, else ``obj.name`` (or its ``extra_fields``); None if absent."""
    if obj is None:
        return None
    kind = type(obj)
    # Generated models (attrs classes) are the usual case: the ABC check for Mapping is the
    # slowest step of reading a chunk, so it is left for objects that are neither.
    if kind is dict or (not hasattr(kind, "__attrs_attrs__") and isinstance(obj, Mapping)):
        value = obj.get(name)
    elif hasattr(kind, "__attrs_attrs__"):
        value = value_of(obj, name)
    else:
        value = getattr(obj, name, None)
    return None if isinstance(value, Unset) else value


def _unwrap(item: Any, marker: str) -> tuple[Any, OpenRouterBaseError | None]:
    """The chunk inside a stream item, or the error of a ``Failure`` item."""
    if isinstance(item, Failure):
        return None, item.failure()
    if isinstance(item, Success):
        item = item.unwrap()
    if _field(item, marker) is None:
        inner = _field(item, "data")
        if inner is not None and not isinstance(inner, str):
            item = inner
    return item, None


def _text(value: Any) -> str | None:
    """A streamed piece of text as text: forgiving decoding keeps a value of another type as
    the server sent it (an object for tool arguments, say), so it is written as JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Unset):
        return None
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return str(value)


def _appended(parts: list[str] | None, text: str) -> list[str]:
    """``parts`` with ``text`` added; None (nothing seen yet) becomes a new list."""
    if parts is None:
        return [text]
    parts.append(text)
    return parts


# --- chat completions ---------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ToolCallSummary:
    """One tool call put together from its deltas (matched by ``index``)."""

    index: int
    id: str | None
    type: str | None
    #: The function's name.
    name: str | None
    #: The function's arguments: a JSON string once the stream is complete.
    arguments: str


@attrs.frozen(kw_only=True)
class ChatStreamSummary:
    """What a chat completion stream added up to, for its first choice."""

    id: str | None
    model: str | None
    content: str
    #: The reasoning text, or None when no chunk carried any.
    reasoning: str | None
    #: The refusal text, or None when no chunk carried any.
    refusal: str | None
    tool_calls: tuple[ToolCallSummary, ...]
    #: The ``reasoning_details`` entries, as sent (models or dicts); the streamed pieces of one
    #: text or summary entry (same ``type`` and ``index``) joined into one. A reasoning model
    #: needs them back with the assistant message on the next turn.
    reasoning_details: tuple[Any, ...] = ()
    #: The ``created`` time of the first chunk that had one.
    created: int | None = None
    #: The last finish reason seen (``"stop"``, ``"length"``, ``"tool_calls"``, ``"error"``...).
    finish_reason: str | None
    #: The last usage seen (OpenRouter sends it on the final chunk).
    usage: Any
    #: The error of the last ``Failure`` item, if the stream had one.
    error: OpenRouterBaseError | None


@attrs.define
class _ToolCallParts:
    id: str | None = None
    type: str | None = None
    name: str | None = None
    arguments: list[str] = attrs.Factory(list)


class ChatAccumulator:
    """Adds up ``chat.completion.chunk`` items one at a time; :meth:`summary` gives the result.

    Only the first choice (``index`` 0) is followed: OpenRouter streams one choice.
    """

    def __init__(self) -> None:
        self._id: str | None = None
        self._model: str | None = None
        self._content: list[str] = []
        self._reasoning: list[str] | None = None
        self._refusal: list[str] | None = None
        self._tool_calls: dict[int, _ToolCallParts] = {}
        self._reasoning_details: list[Any] = []
        self._created: int | None = None
        self._finish_reason: str | None = None
        self._usage: Any = None
        self._error: OpenRouterBaseError | None = None

    def add(self, item: Any) -> str | None:
        """Take one chunk (model, dict or stream ``Result`` item) into account.

        Returns the chunk's text when the chunk held nothing else (the usual chunk of a long
        answer), so a caller showing the text as it arrives need not read the chunk again;
        None for any other chunk.
        """
        if type(item) is Success:
            text = self._took_text(item.unwrap())
            if text is not None:
                return text
        chunk, error = _unwrap(item, "choices")
        if error is not None:
            self._error = error
            return None
        if chunk is None:
            return None
        self._id = self._id or _field(chunk, "id")
        self._model = self._model or _field(chunk, "model")
        if self._created is None:
            self._created = _field(chunk, "created")
        usage = _field(chunk, "usage")
        if usage is not None:
            self._usage = usage
        choices = _field(chunk, "choices")
        for choice in choices if isinstance(choices, (list, tuple)) else ():
            if _field(choice, "index") in (0, None):
                self._add_choice(choice)
        return None

    def _took_text(self, chunk: Any) -> str | None:
        """Take in the usual chunk of a long stream at once: a generated model, after the first,
        whose one choice's delta holds text and nothing else: its text. None for any other
        chunk, which the general path reads (a dict, a finish reason, usage, tool calls...)."""
        if self._created is None or not hasattr(type(chunk), "__attrs_attrs__"):
            return None
        try:
            choices = chunk.choices
            if chunk.usage is not None or type(choices) is not list or len(choices) != 1:
                return None
            choice = choices[0]
            delta = choice.delta
            content = delta.content
            if (
                choice.finish_reason is not None
                or choice.index != 0
                or type(content) is not str
                or delta.tool_calls
                or delta.reasoning_details
                or not (delta.reasoning is None or isinstance(delta.reasoning, Unset))
                or not (delta.refusal is None or isinstance(delta.refusal, Unset))
            ):
                return None
        except AttributeError:
            return None
        if content:
            self._content.append(content)
        return content

    def _add_choice(self, choice: Any) -> None:
        finish_reason = _field(choice, "finish_reason")
        if finish_reason is not None:
            self._finish_reason = finish_reason
        delta = _field(choice, "delta")
        if delta is None:
            return
        content = _text(_field(delta, "content"))
        if content:
            self._content.append(content)
        reasoning = _text(_field(delta, "reasoning"))
        if reasoning is not None:
            self._reasoning = _appended(self._reasoning, reasoning)
        refusal = _text(_field(delta, "refusal"))
        if refusal is not None:
            self._refusal = _appended(self._refusal, refusal)
        details = _field(delta, "reasoning_details")
        for detail in details if isinstance(details, (list, tuple)) else ():
            self._add_reasoning_detail(detail)
        calls = _field(delta, "tool_calls")
        for position, call in enumerate(calls if isinstance(calls, (list, tuple)) else ()):
            index = _field(call, "index")
            # Some providers leave out ``index`` when each chunk carries whole calls.
            parts = self._tool_calls.setdefault(
                index if isinstance(index, int) else position, _ToolCallParts()
            )
            parts.id = parts.id or _field(call, "id")
            parts.type = parts.type or _field(call, "type")
            function = _field(call, "function")
            parts.name = parts.name or _field(function, "name")
            arguments = _text(_field(function, "arguments"))
            if arguments:
                parts.arguments.append(arguments)

    def _add_reasoning_detail(self, detail: Any) -> None:
        last = self._reasoning_details[-1] if self._reasoning_details else None
        kind = _field(detail, "type")
        key = _REASONING_PIECES.get(kind) if isinstance(kind, str) else None
        if (
            key is not None
            and last is not None
            and _field(last, "type") == kind
            and _field(last, "index") == _field(detail, "index")
        ):
            self._reasoning_details[-1] = _joined_detail(last, detail, key)
        else:
            self._reasoning_details.append(detail)

    def summary(self) -> ChatStreamSummary:
        """The stream so far, added up."""
        return ChatStreamSummary(
            id=self._id,
            model=self._model,
            content="".join(self._content),
            reasoning=None if self._reasoning is None else "".join(self._reasoning),
            refusal=None if self._refusal is None else "".join(self._refusal),
            tool_calls=tuple(
                ToolCallSummary(
                    index=index,
                    id=parts.id,
                    type=parts.type,
                    name=parts.name,
                    arguments="".join(parts.arguments),
                )
                for index, parts in sorted(self._tool_calls.items())
            ),
            finish_reason=self._finish_reason,
            usage=self._usage,
            error=self._error,
            reasoning_details=tuple(self._reasoning_details),
            created=self._created if isinstance(self._created, int) else None,
        )


#: Reasoning detail types streamed in pieces, and the key whose text the pieces continue.
_REASONING_PIECES = {"reasoning.text": "text", "reasoning.summary": "summary"}


def _joined_detail(first: Any, more: Any, key: str) -> Any:
    """One reasoning detail from two streamed pieces: the text joined, later fields winning."""
    text = (_text(_field(first, key)) or "") + (_text(_field(more, key)) or "")
    if isinstance(first, Mapping):
        later = dict(more) if isinstance(more, Mapping) else {}
        return {**first, **{k: v for k, v in later.items() if v is not None}, key: text}
    if not attrs.has(type(first)):
        return more
    changes = {
        field.name: getattr(more, field.name)
        for field in attrs.fields(type(first))
        if field.name != EXTRA_FIELDS
        and hasattr(more, field.name)
        and _field(more, field_wire_name(field)) is not None
    }
    changes[key] = text
    return attrs.evolve(first, **changes)


def accumulate_chat(chunks: Iterable[Any]) -> ChatStreamSummary:
    """Read a chat completion stream to its end and add up its chunks."""
    return _added_up(ChatAccumulator(), chunks)


async def accumulate_chat_async(chunks: AsyncIterable[Any]) -> ChatStreamSummary:
    """Read an asynchronous chat completion stream to its end and add up its chunks."""
    return await _added_up_async(ChatAccumulator(), chunks)


# --- responses ----------------------------------------------------------------------------

#: The events that end a Responses stream, each carrying the final ``response``.
_FINAL_EVENTS = frozenset({"response.completed", "response.incomplete", "response.failed"})


@attrs.frozen(kw_only=True)
class ResponsesStreamSummary:
    """What a Responses API stream added up to."""

    id: str | None
    model: str | None
    #: The output text (``response.output_text.delta`` events, in order).
    text: str
    #: The reasoning text (``response.reasoning_text.delta``), or None if there was none.
    reasoning: str | None
    #: The reasoning summary (``response.reasoning_summary_text.delta``), or None.
    reasoning_summary: str | None
    #: ``"completed"``, ``"incomplete"`` or ``"failed"``; None if no final event arrived.
    status: str | None
    #: The final response object (from the completed, incomplete or failed event).
    response: Any
    #: The final response's usage.
    usage: Any
    #: The error of the last ``Failure`` item, if the stream had one.
    error: OpenRouterBaseError | None


class ResponsesAccumulator:
    """Adds up Responses API stream events one at a time; :meth:`summary` gives the result."""

    def __init__(self) -> None:
        self._started: Any = None
        self._text: list[str] = []
        self._reasoning: list[str] | None = None
        self._reasoning_summary: list[str] | None = None
        self._final: Any = None
        self._error: OpenRouterBaseError | None = None

    def add(self, item: Any) -> None:
        """Take one event (model, dict or stream ``Result`` item) into account."""
        event, error = _unwrap(item, "type")
        if error is not None:
            self._error = error
            return
        kind = _field(event, "type")
        if kind == "response.output_text.delta":
            self._text.append(_text(_field(event, "delta")) or "")
        elif kind == "response.reasoning_text.delta":
            self._reasoning = _appended(self._reasoning, _text(_field(event, "delta")) or "")
        elif kind == "response.reasoning_summary_text.delta":
            self._reasoning_summary = _appended(
                self._reasoning_summary, _text(_field(event, "delta")) or ""
            )
        elif kind in _FINAL_EVENTS:
            self._final = _field(event, "response")
        elif kind in ("response.created", "response.in_progress") and self._started is None:
            self._started = _field(event, "response")

    def summary(self) -> ResponsesStreamSummary:
        """The stream so far, added up."""
        known = self._final if self._final is not None else self._started
        text = "".join(self._text)
        if not self._text:
            # A provider that sends no deltas still fills the final response's output_text.
            text = _text(_field(self._final, "output_text")) or ""
        return ResponsesStreamSummary(
            id=_field(known, "id"),
            model=_field(known, "model"),
            text=text,
            reasoning=None if self._reasoning is None else "".join(self._reasoning),
            reasoning_summary=(
                None if self._reasoning_summary is None else "".join(self._reasoning_summary)
            ),
            status=_field(self._final, "status"),
            response=self._final,
            usage=_field(self._final, "usage"),
            error=self._error,
        )


def accumulate_responses(events: Iterable[Any]) -> ResponsesStreamSummary:
    """Read a Responses API stream to its end and add up its events."""
    return _added_up(ResponsesAccumulator(), events)


async def accumulate_responses_async(events: AsyncIterable[Any]) -> ResponsesStreamSummary:
    """Read an asynchronous Responses API stream to its end and add up its events."""
    return await _added_up_async(ResponsesAccumulator(), events)


# --- reading a stream to its end ----------------------------------------------------------

SummaryT = TypeVar("SummaryT", covariant=True)


class _Accumulator(Protocol[SummaryT]):
    def add(self, item: Any) -> object: ...
    def summary(self) -> SummaryT: ...


def _added_up(accumulator: _Accumulator[SummaryT], items: Iterable[Any]) -> SummaryT:
    for item in items:
        accumulator.add(item)
    return accumulator.summary()


async def _added_up_async(
    accumulator: _Accumulator[SummaryT], items: AsyncIterable[Any]
) -> SummaryT:
    async for item in items:
        accumulator.add(item)
    return accumulator.summary()
