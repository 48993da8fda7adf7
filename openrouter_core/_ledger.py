"""What calls cost: a usage ledger fed by the core's hooks, and budgets that refuse calls.

``OpenRouterCore(ledger=UsageLedger(...))`` adds the ledger's hooks to the core's, so every
function called with that core is counted, the streamed ones included, without the functions
knowing: a JSON answer is counted when it arrives, from its ``usage`` object; a stream when
its usage event goes by (the caller reads it as always), or with no usage when it ends
without one. Chat requests that do not ask for usage accounting get ``"usage": {"include":
true}`` added, so streams report it. Costs are summed as decimals, so totals do not depend on
the order in which concurrent calls ended.

A :class:`Budget` is checked before each call is sent: once what its calls used reaches it,
the next call fails with ``BudgetExceededError``, unsent. Calls already past that check (in
flight) finish and are counted, so spend passes a budget by at most what the calls in flight
at that moment cost: with ``N`` calls at once, ``N`` calls' worth.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs
import httpx

from openrouter_core._clock import Clock
from openrouter_core._hooks import HookContext, Hooks
from openrouter_core._inflate import bounded_decoder
from openrouter_core._stream_watch import watch_stream
from openrouter_core.errors import BudgetExceededError

__all__ = ["Budget", "Usage", "UsageLedger"]

#: The chat operation, whose requests are asked to report usage.
_CHAT = "sendChatCompletionRequest"
#: A stream line longer than this is skipped by the ledger (a usage event is small).
_MAX_LINE = 1024 * 1024


@attrs.frozen(kw_only=True)
class Usage:
    """Calls and what they used; ``cost`` in US dollars, exact (``cost_usd`` as a float)."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cost: Decimal = Decimal(0)

    @property
    def cost_usd(self) -> float:
        """The cost in US dollars as a float."""
        return float(self.cost)

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            calls=self.calls + other.calls,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
            cost=self.cost + other.cost,
        )


def _limit(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
        raise ValueError(f"{attribute.name} must be a non-negative number or None, not {value!r}")


@attrs.frozen(kw_only=True)
class Budget:
    """A cap on spend, in dollars, tokens or both: over every call, or the calls of one tag."""

    max_usd: float | None = attrs.field(default=None, validator=_limit)
    max_tokens: int | None = attrs.field(default=None, validator=_limit)
    #: Only the calls made with ``RequestOptions(tag=...)`` equal to this; None: every call.
    tag: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.max_usd is None and self.max_tokens is None:
            raise ValueError("a Budget needs max_usd, max_tokens or both")

    def spent_by(self, usage: Usage) -> bool:
        """Whether ``usage`` has used this budget up."""
        return (self.max_usd is not None and usage.cost >= Decimal(repr(self.max_usd))) or (
            self.max_tokens is not None and usage.total_tokens >= self.max_tokens
        )


def _number(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _cost(value: Any) -> Decimal:
    # repr gives the shortest text that reads back as the same float: 0.1, not 0.1000...0555.
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return Decimal(0)
    try:
        cost = Decimal(repr(value) if isinstance(value, float) else value)
    except ArithmeticError:
        return Decimal(0)
    return cost if cost.is_finite() else Decimal(0)


def usage_of(body: Any) -> tuple[Usage, str | None] | None:
    """The usage and model a response body or stream event reports, or None without usage.

    Reads chat and embeddings (``prompt_tokens``...), the Responses API (``input_tokens``...,
    and its ``response.completed`` event, which nests the response).
    """
    if not isinstance(body, Mapping):
        return None
    usage = body.get("usage")
    if not isinstance(usage, Mapping):
        nested = body.get("response")
        return usage_of(nested) if isinstance(nested, Mapping) else None
    prompt = _number(usage.get("prompt_tokens")) or _number(usage.get("input_tokens"))
    completion = _number(usage.get("completion_tokens")) or _number(usage.get("output_tokens"))
    total = _number(usage.get("total_tokens")) or prompt + completion
    model = body.get("model")
    return (
        Usage(
            calls=1,
            prompt_tokens=prompt,
            completion_tokens=completion,
            total_tokens=total,
            cost=_cost(usage.get("cost")),
        ),
        model if isinstance(model, str) else None,
    )


def _json_body(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None


def _requested_model(request: httpx.Request) -> str | None:
    """The ``model`` a JSON request body names, if any."""
    if "json" not in request.headers.get("content-type", ""):
        return None
    body = _json_body(request.content)
    model = body.get("model") if isinstance(body, Mapping) else None
    return model if isinstance(model, str) else None


def _asking_for_usage(request: httpx.Request) -> httpx.Request | None:
    """``request`` with usage accounting asked for, or None when it asks already (or is not
    a JSON object body)."""
    if "json" not in request.headers.get("content-type", ""):
        return None
    body = _json_body(request.content)
    if not isinstance(body, dict) or "usage" in body:
        return None
    stream_options = body.get("stream_options")
    if isinstance(stream_options, Mapping) and stream_options.get("include_usage"):
        return None
    body["usage"] = {"include": True}
    headers = httpx.Headers(request.headers)
    del headers["content-length"]
    return httpx.Request(
        request.method,
        request.url,
        headers=headers,
        content=json.dumps(body, separators=(",", ":")).encode(),
        extensions=request.extensions,
    )


_Key = tuple["str | None", str, "str | None"]  # model, operation, tag


class UsageLedger:
    """Adds up the usage and cost of every call made through the cores it is attached to.

    Attach it with ``OpenRouterCore(ledger=ledger)`` (several cores may share one). Safe to
    use from any thread and task; read it at any time. Pickles with its totals and budgets.
    """

    def __init__(self, budgets: Iterable[Budget] = ()) -> None:
        budgets = tuple(budgets)
        for budget in budgets:
            if not isinstance(budget, Budget):
                raise TypeError(f"budgets must be Budget values, not {type(budget).__name__}")
        #: The budgets checked before every call.
        self.budgets: tuple[Budget, ...] = budgets
        self._lock = threading.Lock()
        self._entries: dict[_Key, Usage] = {}

    # --- pickling: the totals and budgets, with a new lock ---

    def __getstate__(self) -> dict[str, Any]:
        with self._lock:
            return {"budgets": self.budgets, "entries": dict(self._entries)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.budgets = state["budgets"]
        self._entries = state["entries"]
        self._lock = threading.Lock()

    # --- reading ---

    def total(self) -> Usage:
        """Every call counted so far."""
        return self._sum(lambda key: True)

    def by_model(self) -> dict[str | None, Usage]:
        """Totals per model (as the response named it, else as requested); calls that name
        no model (credits, keys...) under None."""
        return self._grouped(0)

    def by_operation(self) -> dict[str, Usage]:
        """Totals per operation id (``sendChatCompletionRequest``, ``getCredits``...)."""
        return self._grouped(1)

    def by_tag(self) -> dict[str | None, Usage]:
        """Totals per ``RequestOptions(tag=...)``; calls without a tag under None."""
        return self._grouped(2)

    def spent(self, budget: Budget) -> Usage:
        """What the calls ``budget`` covers have used."""
        tag = budget.tag
        return self._sum(lambda key: tag is None or key[2] == tag)

    def rows(self) -> list[dict[str, Any]]:
        """The ledger as rows, one per model, operation and tag, for a CSV or a data frame."""
        with self._lock:
            entries = sorted(self._entries.items(), key=lambda item: repr(item[0]))
        return [
            {
                "model": model,
                "operation": operation,
                "tag": tag,
                "calls": usage.calls,
                "prompt_tokens": usage.prompt_tokens,
                "completion_tokens": usage.completion_tokens,
                "total_tokens": usage.total_tokens,
                "cost_usd": usage.cost_usd,
            }
            for (model, operation, tag), usage in entries
        ]

    def reset(self) -> None:
        """Forget every call counted so far (budgets start over)."""
        with self._lock:
            self._entries = {}

    def record(
        self, usage: Usage, *, model: str | None, operation: str, tag: str | None = None
    ) -> None:
        """Count ``usage``; the hooks call this, and so may you, for spend made elsewhere."""
        key = (model, operation, tag)
        with self._lock:
            entries = self._entries
            entries[key] = entries[key] + usage if key in entries else usage

    def _sum(self, keep: Any) -> Usage:
        with self._lock:
            chosen = [usage for key, usage in self._entries.items() if keep(key)]
        return sum(chosen, Usage())

    def _grouped(self, index: int) -> dict[Any, Usage]:
        with self._lock:
            entries = list(self._entries.items())
        grouped: dict[Any, Usage] = {}
        for key, usage in entries:
            name = key[index]
            grouped[name] = grouped[name] + usage if name in grouped else usage
        return grouped

    # --- the hooks ---

    def hooks(self, clock: Clock) -> Hooks:
        """The hooks a core runs for this ledger (``OpenRouterCore(ledger=...)`` adds them)."""
        return Hooks(before_request=[self._before_request], after_success=[self._after_success])

    def _refusal(self, tag: str | None) -> BudgetExceededError | None:
        for budget in self.budgets:
            if budget.tag is not None and budget.tag != tag:
                continue
            spent = self.spent(budget)
            if budget.spent_by(spent):
                whose = "every call" if budget.tag is None else f"tag {budget.tag!r}"
                return BudgetExceededError(
                    f"The budget for {whose} ({_limits(budget)}) is spent: its calls used "
                    f"${spent.cost_usd:.6f} and {spent.total_tokens} tokens in {spent.calls} "
                    "calls; this call was not sent.",
                    budget=budget,
                    spent_usd=spent.cost_usd,
                    spent_tokens=spent.total_tokens,
                )
        return None

    def _before_request(
        self, context: HookContext, request: httpx.Request
    ) -> httpx.Request | BudgetExceededError | None:
        if self.budgets:
            refusal = self._refusal(context.tag)
            if refusal is not None:
                return refusal
        if context.operation_id == _CHAT:
            return _asking_for_usage(request)
        return None

    def _after_success(self, context: HookContext, response: httpx.Response) -> None:
        operation, tag = context.operation_id, context.tag
        if "text/event-stream" in response.headers.get("content-type", ""):
            _StreamUsage(self, response, operation, tag).watch()
            return
        found = None
        if response.is_stream_consumed and "json" in response.headers.get("content-type", ""):
            found = usage_of(_json_body(response.content))
        usage, model = found if found is not None else (Usage(calls=1), None)
        model = model or _requested_model(response.request)
        self.record(usage, model=model, operation=operation, tag=tag)


def _limits(budget: Budget) -> str:
    parts = []
    if budget.max_usd is not None:
        parts.append(f"max ${budget.max_usd}")
    if budget.max_tokens is not None:
        parts.append(f"max {budget.max_tokens} tokens")
    return ", ".join(parts)


class _StreamUsage:
    """Finds a stream's usage events in its body as the caller reads it, and counts the call
    once: when usage first arrives (later usage events add only what they add), or at the
    end without usage."""

    def __init__(
        self, ledger: UsageLedger, response: httpx.Response, operation: str, tag: str | None
    ) -> None:
        self.ledger = ledger
        self.response = response
        self.operation = operation
        self.tag = tag
        self.decoder = bounded_decoder(response.headers)
        self.tail = b""
        self.counted: Usage | None = None
        self.model: str | None = None

    def watch(self) -> None:
        # An encoding the ledger cannot undo piece by piece: the call counts without usage.
        on_chunk = self._chunk if self.decoder is not None else None
        if not watch_stream(self.response, on_chunk=on_chunk, on_close=self._closed):
            self._closed()

    def _chunk(self, raw: bytes) -> None:
        assert self.decoder is not None
        try:
            for piece in self.decoder.decode(raw):
                self._lines(piece)
        except Exception:  # the reader reports a broken encoding; the ledger only counts
            self.decoder = None

    def _lines(self, piece: bytes) -> None:
        lines = (self.tail + piece).split(b"\n")
        self.tail = lines.pop()
        if len(self.tail) > _MAX_LINE:
            self.tail = b""
        for line in lines:
            if line.startswith(b"data:") and b'"usage"' in line:
                found = usage_of(_json_body(line[5:]))
                if found is not None:
                    self._count(*found)

    def _count(self, usage: Usage, model: str | None) -> None:
        self.model = self.model or model
        counted = self.counted
        if counted is None:
            delta = usage
        else:  # usage repeated, or running totals: add the difference
            delta = Usage(
                prompt_tokens=usage.prompt_tokens - counted.prompt_tokens,
                completion_tokens=usage.completion_tokens - counted.completion_tokens,
                total_tokens=usage.total_tokens - counted.total_tokens,
                cost=usage.cost - counted.cost,
            )
        self.counted = usage
        self.ledger.record(delta, model=self._model(), operation=self.operation, tag=self.tag)

    def _model(self) -> str | None:
        return self.model or _requested_model(self.response.request)

    def _closed(self) -> None:
        if self.counted is None:
            self.counted = Usage(calls=1)
            self.ledger.record(
                self.counted, model=self._model(), operation=self.operation, tag=self.tag
            )
