"""A tool-calling run's settings, checked once, and the request each of its steps sends.

:func:`prepare` reads what ``call_model`` and its twins were given (a ``str``, a dict or a
``ChatSendRequest``, the tools, the stop rule, the output type) into :class:`Settings` and the
opening messages, or the ``SDKValidationError`` that says what is wrong. :func:`step_request`
is the caller's request with the conversation so far, the tools' schemas and usage accounting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._codec.writer import write
from openrouter_core.errors import SDKValidationError
from openrouter_funcs._loop_actions import ToolErrors
from openrouter_funcs.chat_send import ChatSendRequest
from openrouter_funcs.stop_conditions import DEFAULT_STOP, StopCondition, StopWhen, as_condition
from openrouter_funcs.structured_output import response_format_for
from openrouter_funcs.tools import Tool

if TYPE_CHECKING:
    from openrouter_core import OpenRouterCore

__all__ = ["Settings", "prepare", "step_request", "with_messages"]

#: The request key OpenRouter reads usage accounting from (cost in ``usage.cost``).
_USAGE = {"include": True}


@attrs.frozen
class Settings:
    """Everything a run needs besides its conversation, checked before the first send."""

    core: OpenRouterCore
    #: The caller's request with its messages taken out (a dict, or a ``ChatSendRequest``).
    request: Any
    tools: Mapping[str, Tool[Any, Any]]
    #: The ``tools`` entries to send: the request's own, then ours.
    tool_entries: tuple[Any, ...]
    stop: StopCondition
    output_type: Any
    response_format: Any
    tool_errors: ToolErrors
    #: Function names the request's own ``tools`` entries declare: called, they wait for the
    #: caller like a manual tool's calls.
    manual_names: frozenset[str] = frozenset()
    #: The request as ``ModelRun.request`` keeps it: the caller's, without its messages.
    kept_request: Any = None
    #: Whether the driver wants ``Emit`` events (the stream twins); the others skip them.
    events: bool = False


def prepare(
    core: OpenRouterCore,
    request: Any,
    *,
    tools: Sequence[Tool[Any, Any]],
    stop_when: StopWhen | None,
    output: Any,
    tool_errors: str,
    events: bool = False,
) -> Result[tuple[Settings, list[Any]], SDKValidationError]:
    """The run's settings and its opening messages, or what is wrong with the arguments."""
    problem = _modes_problem(tool_errors, stop_when)
    if problem is not None:
        return Failure(problem)
    split = _split_request(request)
    if isinstance(split, Failure):
        return split
    base, messages, given_tools = split.unwrap()
    ours = _our_tools(tools)
    if isinstance(ours, Failure):
        return ours
    by_name, definitions = ours.unwrap()
    response_format = None
    if output is not None:
        found = response_format_for(output)
        if isinstance(found, Failure):
            return found
        response_format = found.unwrap()
    settings = Settings(
        core=core,
        request=base,
        tools=by_name,
        tool_entries=(*given_tools, *definitions),
        stop=DEFAULT_STOP if stop_when is None else as_condition(stop_when),
        output_type=output,
        response_format=response_format,
        tool_errors=tool_errors,  # type: ignore[arg-type]  # checked above
        manual_names=frozenset(_function_names(given_tools)),
        kept_request=_kept(base, given_tools),
        events=events,
    )
    return Success((settings, messages))


def _modes_problem(tool_errors: str, stop_when: StopWhen | None) -> SDKValidationError | None:
    if tool_errors not in ("return", "fail"):
        return SDKValidationError(
            f'tool_errors must be "return" or "fail", not {tool_errors!r}', field="tool_errors"
        )
    if stop_when is not None and not callable(stop_when):
        return SDKValidationError(
            "stop_when must be a stop condition or a function of the steps so far",
            field="stop_when",
        )
    return None


def _our_tools(
    tools: Sequence[Tool[Any, Any]],
) -> Result[tuple[dict[str, Tool[Any, Any]], list[Any]], SDKValidationError]:
    """The tools by name and their ``tools`` entries, or why one cannot be sent."""
    by_name: dict[str, Tool[Any, Any]] = {}
    definitions: list[Any] = []
    for item in tools:
        if not isinstance(item, Tool):
            return Failure(
                SDKValidationError(
                    f"tools takes tools made with tool(), not {type(item).__name__}", field="tools"
                )
            )
        if item.name in by_name:
            return Failure(SDKValidationError(f"two tools are named {item.name!r}", field="tools"))
        definition = item.definition()
        if isinstance(definition, Failure):
            return definition
        by_name[item.name] = item
        definitions.append(definition.unwrap())
    return Success((by_name, definitions))


def _split_request(request: Any) -> Result[tuple[Any, list[Any], list[Any]], SDKValidationError]:
    """The request without its messages and tools, its messages, and its own tools entries."""
    if isinstance(request, str):
        return Success(({}, [{"role": "user", "content": request}], []))
    if isinstance(request, ChatSendRequest):
        body = request.body
        if not isinstance(body.messages, (list, tuple)):
            return Failure(SDKValidationError("body.messages must be a list", field="messages"))
        if not isinstance(body.tools or [], (list, tuple)):
            return Failure(SDKValidationError("body.tools must be a list", field="tools"))
        kept = attrs.evolve(request, body=attrs.evolve(body, messages=[], tools=None))
        return Success(
            (kept, [_wire(message) for message in body.messages], list(body.tools or ()))
        )
    if isinstance(request, Mapping):
        base: dict[str, Any] = dict(request)
        # The loop asks for whole answers (or streams, in the stream twins) itself.
        base.pop("stream", None)
        if "body" in base and isinstance(base["body"], Mapping):
            base = {**{k: v for k, v in base.items() if k != "body"}, **base["body"]}
        messages = base.pop("messages", None)
        if not isinstance(messages, (list, tuple)):
            return Failure(
                SDKValidationError("the request needs messages (a list)", field="messages")
            )
        given_tools = base.pop("tools", None) or []
        if not isinstance(given_tools, (list, tuple)):
            return Failure(SDKValidationError("the request's tools must be a list", field="tools"))
        return Success((base, [_wire(message) for message in messages], list(given_tools)))
    return Failure(
        SDKValidationError(
            f"request must be a str, a dict or a ChatSendRequest, not {type(request).__name__}"
        )
    )


def _kept(base: Any, given_tools: list[Any]) -> Any:
    if isinstance(base, ChatSendRequest):
        return attrs.evolve(base, body=attrs.evolve(base.body, tools=given_tools or None))
    return {**base, "tools": given_tools} if given_tools else base


def with_messages(request: Any, messages: Sequence[Any]) -> Any:
    """A run's kept request with ``messages`` as its conversation (to continue the run)."""
    if isinstance(request, ChatSendRequest):
        return attrs.evolve(request, body=attrs.evolve(request.body, messages=list(messages)))
    return {**(request or {}), "messages": list(messages)}


def _function_names(entries: Sequence[Any]) -> list[str]:
    names = []
    for entry in entries:
        function = (
            entry.get("function")
            if isinstance(entry, Mapping)
            else getattr(entry, "function", None)
        )
        name = (
            function.get("name")
            if isinstance(function, Mapping)
            else getattr(function, "name", None)
        )
        if isinstance(name, str):
            names.append(name)
    return names


def _wire(message: Any) -> Any:
    """A message in wire form: a dict as it is, a model as the dict ``chat_send`` would send."""
    return message if isinstance(message, Mapping) else write(message)


def step_request(settings: Settings, messages: Sequence[Any]) -> Any:
    """The request for the next model call: the caller's, with the conversation so far."""
    base = settings.request
    tools = list(settings.tool_entries) or None
    if isinstance(base, ChatSendRequest):
        body = base.body
        extra = (
            body.extra_fields
            if "usage" in body.extra_fields
            else {**body.extra_fields, "usage": _USAGE}
        )
        changes: dict[str, Any] = {
            "messages": list(messages),
            "tools": tools,
            "extra_fields": extra,
        }
        if settings.response_format is not None:
            changes["response_format"] = settings.response_format
        return attrs.evolve(base, body=attrs.evolve(body, **changes))
    request = dict(base)
    request["messages"] = list(messages)
    if tools:
        request["tools"] = tools
    if settings.response_format is not None:
        request["response_format"] = settings.response_format
    extra = request.get("extra_fields") or {}
    if isinstance(extra, Mapping) and "usage" not in extra:
        # (extra_fields that is not a dict is left for chat_send to refuse by name.)
        request["extra_fields"] = {**extra, "usage": _USAGE}
    return request
