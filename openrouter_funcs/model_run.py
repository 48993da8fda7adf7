"""What a ``call_model`` run leaves behind: its steps, conversation, usage and answer.

Every value here is a frozen attrs class that pickles, so a finished (or failed) run can cross
a process pool or be stored and continued later with ``resume_run``. ``ModelRun.messages`` is
the conversation in its wire form (plain dicts, as ``chat_send`` sends them), so it can be
passed straight back in as a request's ``messages``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import attrs

if TYPE_CHECKING:
    from openrouter_core.dicts.chat_messages import ChatMessagesDict
    from openrouter_core.models.chat_result import ChatResult
    from openrouter_core.models.chat_usage import ChatUsage

__all__ = [
    "ModelRun",
    "PendingToolCall",
    "RunUsage",
    "Step",
    "ToolCall",
    "ToolResult",
]

T = TypeVar("T")

#: Why a tool call's result is a problem report instead of the tool's value.
ToolProblem = Literal["raised", "invalid_arguments", "unknown_tool", "denied"]


@attrs.frozen(kw_only=True)
class ToolCall:
    """A tool call the model asked for, with its arguments decoded from JSON."""

    #: The call's id; its result goes back to the model under this ``tool_call_id``.
    id: str
    #: The tool's name as the model wrote it.
    name: str
    #: The decoded arguments (usually a dict), or None when they were not JSON.
    arguments: Any
    #: The arguments exactly as the model sent them.
    raw_arguments: str


@attrs.frozen(kw_only=True)
class ToolResult:
    """What one tool call sent back to the model (the ``tool`` message's content)."""

    tool_call_id: str
    name: str
    #: The ``tool`` message's text, as sent.
    content: str
    #: Why ``content`` reports a problem instead of a value, or None when the tool ran fine.
    problem: ToolProblem | None = None

    @property
    def error(self) -> str | None:
        """The problem as the model was told it (``content``), or None when the tool ran fine."""
        return None if self.problem is None else self.content


@attrs.frozen(kw_only=True)
class PendingToolCall:
    """A call the loop did not run: a manual tool's, or one awaiting approval."""

    call: ToolCall
    #: True: the tool asks for approval first (``resume_run`` decides); False: a manual tool
    #: (no ``execute``), whose result the caller provides.
    awaiting_approval: bool

    @property
    def id(self) -> str:
        """The call's ``tool_call_id`` (what ``resume_run``'s approvals are keyed by)."""
        return self.call.id

    @property
    def name(self) -> str:
        """The tool's name."""
        return self.call.name

    @property
    def arguments(self) -> Any:
        """The decoded arguments (None when they were not JSON)."""
        return self.call.arguments


@attrs.frozen(kw_only=True)
class RunUsage:
    """Tokens and cost added up over a run's steps (0 where the server reported nothing)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    reasoning_tokens: int = 0
    cached_tokens: int = 0
    #: USD, from each step's ``usage.cost`` (OpenRouter's usage accounting).
    cost: float = 0.0

    def plus(self, usage: ChatUsage | Mapping[str, Any] | None) -> RunUsage:
        """This total with one step's usage added."""
        if usage is None:
            return self
        completion_details = _get(usage, "completion_tokens_details")
        prompt_details = _get(usage, "prompt_tokens_details")
        return RunUsage(
            prompt_tokens=self.prompt_tokens + _number(_get(usage, "prompt_tokens")),
            completion_tokens=self.completion_tokens + _number(_get(usage, "completion_tokens")),
            total_tokens=self.total_tokens + _number(_get(usage, "total_tokens")),
            reasoning_tokens=self.reasoning_tokens
            + _number(_get(completion_details, "reasoning_tokens")),
            cached_tokens=self.cached_tokens + _number(_get(prompt_details, "cached_tokens")),
            cost=self.cost + step_cost(usage),
        )


def step_cost(usage: ChatUsage | Mapping[str, Any] | None) -> float:
    """The USD cost a step's usage reports (0.0 when it reports none)."""
    return float(_number(_get(usage, "cost")))


def _get(obj: Any, name: str) -> Any:
    # A generated model (the usual case) or a plain dict; None reads as nothing.
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _number(value: Any) -> Any:
    # Forgiving decoding keeps a value of the wrong type as sent; it counts as nothing here.
    return value if type(value) is int or type(value) is float else 0


@attrs.frozen(kw_only=True)
class Step:
    """One model call of a run and the tool calls it led to."""

    #: 1 for the first model call of the run.
    number: int
    #: The model's answer (a streamed step's chunks put together).
    result: ChatResult
    #: The tool calls the model asked for, in its order.
    tool_calls: tuple[ToolCall, ...] = ()
    #: The results sent back, in call order (calls left pending have none yet).
    tool_results: tuple[ToolResult, ...] = ()
    #: The step's usage as the server reported it.
    usage: ChatUsage | None = None
    #: Seconds from sending the request to the last tool result (the core's clock).
    duration_s: float = 0.0

    @property
    def cost(self) -> float:
        """The step's USD cost (``usage.cost``; 0.0 when not reported)."""
        return step_cost(self.usage)


@attrs.frozen(kw_only=True)
class ModelRun(Generic[T]):
    """A finished run: the answer, the conversation, every step, and why it stopped.

    ``stopped_by`` is ``"finished"`` (the model answered without tool calls),
    ``"pending_tool_calls"`` (a manual tool was called, or a call awaits approval: see
    ``pending_tool_calls`` and ``resume_run``), or the stop condition that held, as written
    (``"step_count_is(10)"``, ``"max_cost(0.5)"``, a function's name).
    """

    #: The last assistant message's text ("" when it had none).
    text: str
    #: The whole conversation in wire form, ready to send again as ``messages``.
    messages: tuple[ChatMessagesDict, ...]
    steps: tuple[Step, ...]
    usage: RunUsage
    stopped_by: str
    pending_tool_calls: tuple[PendingToolCall, ...] = ()
    #: The final answer read into the ``output=`` type (None without one, or when the run
    #: stopped before the model answered).
    output: T | None = None
    #: The request the run was made with (its messages aside), for ``resume_run``.
    request: Any = attrs.field(default=None, repr=False)
    #: The ``output=`` type and ``tool_errors=`` mode, for ``resume_run``.
    output_type: Any = attrs.field(default=None, repr=False)
    tool_errors: Literal["return", "fail"] = attrs.field(default="return", repr=False)

    @property
    def cost(self) -> float:
        """USD spent over the run (the sum of each step's ``usage.cost``)."""
        return self.usage.cost
