"""What the tool-calling loop asks its drivers for, and what a run can end with.

The loop (:mod:`openrouter_funcs._loop`) is a generator: it yields :class:`Send` (one model
call: a ``Result`` of a ``ChatResult`` comes back), :class:`RunTools` (run these calls: one
``Result`` per call comes back, in call order) and :class:`Emit` (an event for a stream's
reader; nothing comes back). The drivers (:mod:`openrouter_funcs._loop_drivers`) do the I/O.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, Literal, TypeAlias

import attrs
from returns.result import Result

from openrouter_core.errors import OutputRefusedError, OutputValidationError, ToolExecutionError
from openrouter_funcs.chat_send import ChatSendError
from openrouter_funcs.model_run import ModelRun, Step, ToolCall
from openrouter_funcs.tools import Tool, ToolContext

__all__ = [
    "Action",
    "CallModelError",
    "Decision",
    "Emit",
    "Loop",
    "Outcome",
    "PlannedCall",
    "RunTools",
    "Send",
    "StepFinished",
    "ToolErrors",
]

#: What a run can fail with: ``chat_send``'s errors (for the step that failed), a tool that
#: raised under ``tool_errors="fail"``, and a final answer that does not fit ``output=``.
CallModelError: TypeAlias = (
    ChatSendError | ToolExecutionError | OutputValidationError | OutputRefusedError
)

#: ``"return"``: a tool that raises is told to the model; ``"fail"``: it ends the run.
ToolErrors: TypeAlias = Literal["return", "fail"]

#: A person's decision on a call awaiting approval: run it (True), or not (False, or the
#: reason as text, which the model is told).
Decision: TypeAlias = bool | str


@attrs.frozen
class Send:
    """Make one model call with ``request``; reply: ``Result[ChatResult, ChatSendError]``."""

    request: Any
    step: int


@attrs.frozen
class PlannedCall:
    """A call ready to run: its tool, decoded arguments and context."""

    tool: Tool[Any, Any]
    call: ToolCall
    arguments: Any
    context: ToolContext


@attrs.frozen
class RunTools:
    """Run these calls; reply: one ``Result[str, Exception]`` per call, in the same order."""

    calls: tuple[PlannedCall, ...]


@attrs.frozen
class Emit:
    """An event for a stream's reader (ignored by the non-streaming drivers); reply: None."""

    event: Any


# A stream's event (``call_model_stream`` exports it), defined here so the loop can emit it.
@attrs.frozen
class StepFinished:
    """A step is done: the model's answer is in and its tool calls have run."""

    step: Step


Action: TypeAlias = Send | RunTools | Emit
Outcome: TypeAlias = Result[ModelRun[Any], CallModelError]
Loop = Generator[Action, Any, Outcome]
