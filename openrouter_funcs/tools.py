"""Tools from plain typed Python: what ``call_model`` offers a model and runs for it.

Three ways to make one::

    @tool
    def get_weather(city: str, unit: Literal["c", "f"] = "c") -> Weather:
        \"\"\"Current weather in a city.

        Args:
            city: The city's name, e.g. "Paris".
            unit: Celsius or Fahrenheit.
        \"\"\"

    @tool(strict=True, require_approval=True)     # options; async functions work too
    async def delete_file(path: str, ctx: ToolContext) -> str: ...

    lookup = tool(name="lookup", description="Find a customer.", input=Query, execute=find)
    ask_human = tool(name="ask_human", description="Ask the user.", input=Question)  # manual

The name comes from the function, the description from its docstring's first paragraph, each
parameter's description from its ``Args:`` (Google), ``Parameters`` (NumPy) or ``:param:``
(Sphinx) entry, and the JSON Schema from the annotations (see
:mod:`openrouter_funcs.json_schema` for the types). A parameter annotated ``ToolContext`` is
left out of the schema and receives the run's context. The decorated function stays callable
directly, with its own signature (``Tool[P, R]`` is typed by it).

A tool without ``execute`` is a *manual tool*: the model may call it, the loop stops and
returns the call for the caller to run.

An annotation with no schema never raises where the tool is defined: the ``Tool`` carries
the problem (``tool.problem``, an ``SDKValidationError`` naming the tool and parameter), and
``definition()`` returns it as a ``Failure``, so ``call_model`` fails before sending anything.

What the loop calls (all never raise; ``KeyboardInterrupt`` and cancellation propagate):

- ``definition()``: ``Result[dict, SDKValidationError]``, the request's ``tools`` entry.
- ``decode_arguments(raw)``: the call's raw ``arguments`` JSON text as the tool takes it (a
  dict of keyword arguments; an ``input=`` tool's instance), or ``Failure(str)``: a problem
  message meant for the model (not JSON, not an object, a missing, unknown or mistyped
  argument, with the path of the misfit).
- ``run(arguments, context)`` / ``await run_async(arguments, context)``: ``Success(text)``,
  the ``tool`` message's content (a ``str`` result as it is; attrs, dataclass, dict, list,
  number as JSON), or ``Failure(exception)`` (without its traceback) when the tool raised or
  returned something with no JSON form. ``tool_error_text(exc)`` words it for the model.
  ``run_async`` awaits an async tool and runs a sync one in a worker thread (in place under
  an event loop other than asyncio); ``run`` calls a sync tool and runs an async one to
  completion on a new event loop.
- ``needs_approval(arguments)``: whether this call waits for a person (``require_approval``
  is ``True``, or a callable of the decoded arguments that returned true or raised).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    NoReturn,
    ParamSpec,
    TypeVar,
    get_args,
    overload,
)

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._causes import detached
from openrouter_core.errors import SDKValidationError
from openrouter_funcs import _decoding
from openrouter_funcs._docstrings import parse_docstring
from openrouter_funcs.json_schema import (
    FieldSpec,
    UnsupportedAnnotation,
    class_description,
    fields_of,
    is_record,
    object_schema,
    parameter_specs,
    type_name,
)

if TYPE_CHECKING:
    from openrouter_core import OpenRouterCore

__all__ = ["ApprovalRule", "Tool", "ToolContext", "tool", "tool_error_text"]

P = ParamSpec("P")
R = TypeVar("R")
InputT = TypeVar("InputT")

#: ``True``: every call waits for approval; a callable: calls whose decoded arguments it
#: returns true for (or raises on) do.
ApprovalRule = bool | Callable[[Any], bool]

_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@attrs.frozen
class ToolContext:
    """What a tool may know about the run calling it; annotate a parameter with it to get it."""

    step: int
    """The number of the step running the tool (1 for the first model call)."""
    messages: Sequence[Any]
    """The conversation so far, as ``run.messages`` holds it (the calling message last)."""
    core: OpenRouterCore
    """The core the run sends with: a tool may make its own calls."""
    tool_call_id: str | None = None
    """The id of the call being run."""


@attrs.frozen(eq=False)
class Tool(Generic[P, R]):
    """A function a model may call: its name, description, parameter schema and how to run it.

    Call it like the function it wraps. ``execute`` is None for a manual tool; ``problem`` is
    why it cannot be offered (an annotation with no schema), or None.
    """

    name: str
    description: str | None
    parameters: Mapping[str, Any]
    """The JSON Schema of the arguments (an object)."""
    strict: bool
    execute: Callable[P, R] | None
    require_approval: ApprovalRule = False
    problem: SDKValidationError | None = None
    input_type: Any = None
    """The class an ``input=`` tool takes its arguments as; None for a function tool."""
    context_parameter: str | None = None
    """The parameter that receives the ``ToolContext``, if any."""
    fields: tuple[FieldSpec, ...] = ()
    """A function tool's schema parameters (what ``decode_arguments`` structures)."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        """Call the wrapped function directly (a manual tool has none: TypeError)."""
        if self.execute is None:
            raise TypeError(f"{self.name} is a manual tool: it has no function to call")
        return self.execute(*args, **kwargs)

    @property
    def is_manual(self) -> bool:
        """Whether the caller runs this tool's calls (it has no ``execute``)."""
        return self.execute is None

    def definition(self) -> Result[dict[str, Any], SDKValidationError]:
        """The request's ``tools`` entry, or the problem that keeps it from being sent."""
        if self.problem is not None:
            return Failure(self.problem)
        function: dict[str, Any] = {"name": self.name}
        if self.description:
            function["description"] = self.description
        function["parameters"] = dict(self.parameters)
        if self.strict:
            function["strict"] = True
        return Success({"type": "function", "function": function})

    def decode_arguments(self, raw: str | None) -> Result[Any, str]:
        """The call's arguments as the tool takes them, or a problem message for the model."""
        text = (raw or "").strip() or "{}"  # some models send "" for a call without arguments
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:  # nested past the recursion limit, too
            shown = text if len(text) <= 200 else text[:200] + "..."
            return Failure(
                f"The arguments for {self.name} are not valid JSON ({exc}): {shown}. Call it"
                " again with one JSON object that fits its parameters schema."
            )
        if not isinstance(data, dict):
            return Failure(
                f"The arguments for {self.name} must be a JSON object, got {type(data).__name__}."
            )
        if self.input_type is not None:
            decoded = _decoding.decode_value(
                _decoding.fill_defaults(data, self.input_type),
                self.input_type,
                forbid_extra_keys=True,
            )
            return decoded.alt(self._misfit_message)
        return self._decode_parameters(data)

    def run(self, arguments: Any, context: ToolContext) -> Result[str, Exception]:
        """Run the tool on decoded ``arguments``: the tool message text, or what it raised."""
        try:
            value = self._invoke(arguments, context)
            if inspect.isawaitable(value):
                value = _run_to_completion(value)
            return Success(_decoding.to_json_text(value))
        except Exception as exc:
            return Failure(detached(exc))

    async def run_async(self, arguments: Any, context: ToolContext) -> Result[str, Exception]:
        """``run`` for an async loop: awaits an async tool, runs a sync one in a thread."""
        try:
            if _is_async(self.execute):
                value = await self._invoke(arguments, context)
            elif _under_asyncio():
                value = await asyncio.to_thread(self._invoke, arguments, context)
            else:  # another event loop (trio): no asyncio thread pool, so run it in place
                value = self._invoke(arguments, context)
            if inspect.isawaitable(value):  # a sync function that returned an awaitable
                value = await value
            return Success(_decoding.to_json_text(value))
        except Exception as exc:
            return Failure(detached(exc))

    def needs_approval(self, arguments: Any) -> bool:
        """Whether a call with these decoded arguments waits for a person's approval."""
        rule = self.require_approval
        if isinstance(rule, bool):
            return rule
        try:
            return bool(rule(arguments))
        except Exception:  # a rule that cannot decide asks
            return True

    def _invoke(self, arguments: Any, context: ToolContext) -> Any:
        execute: Callable[..., Any] | None = self.execute
        if execute is None:
            raise TypeError(f"{self.name} is a manual tool: the caller runs its calls")
        if self.input_type is not None:
            return execute(arguments)
        if self.context_parameter is not None:
            return execute(**arguments, **{self.context_parameter: context})
        return execute(**arguments)

    def _decode_parameters(self, data: dict[str, Any]) -> Result[dict[str, Any], str]:
        return _decoding.decode_fields(data, self.fields).alt(self._misfit_message)

    def _misfit_message(self, misfit: _decoding.Misfit) -> str:
        return (
            f"The arguments for {self.name} do not fit its parameters schema at {misfit.path}:"
            f" {misfit.problem}. Call it again with arguments that fit."
        )


def tool_error_text(exc: BaseException) -> str:
    """How a tool's exception is told to the model: its type and message."""
    text = str(exc)
    return f"Error: {type(exc).__name__}: {text}" if text else f"Error: {type(exc).__name__}"


@overload
def tool(
    fn: Callable[P, R],
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = False,
    require_approval: ApprovalRule = False,
) -> Tool[P, R]: ...


@overload
def tool(
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = False,
    require_approval: ApprovalRule = False,
) -> Callable[[Callable[P, R]], Tool[P, R]]: ...


@overload
def tool(
    *,
    name: str,
    description: str | None = None,
    input: type[InputT],
    execute: Callable[[InputT], R],
    strict: bool = False,
    require_approval: ApprovalRule = False,
) -> Tool[[InputT], R]: ...


@overload
def tool(
    *,
    name: str,
    description: str | None = None,
    input: type[InputT],
    strict: bool = False,
    require_approval: ApprovalRule = False,
) -> Tool[[InputT], NoReturn]: ...


def tool(
    fn: Callable[..., Any] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    input: Any = None,
    execute: Callable[..., Any] | None = None,
    strict: bool = False,
    require_approval: ApprovalRule = False,
) -> Any:
    """Make a tool from a typed function (``@tool``, ``@tool(...)``) or from one input class.

    Args:
        fn: The function (sync or async); its name, docstring and annotations describe it.
        name: The tool's name (default: the function's); letters, digits, ``_`` and ``-``.
        description: What the tool does (default: the docstring's first paragraph).
        input: For ``tool(name=..., input=Cls, execute=fn)``: the attrs class, dataclass or
            TypedDict the arguments are read into; ``fn`` is then called with one instance.
        execute: The function an ``input=`` tool runs; leave it out for a manual tool.
        strict: Send the schema in the strict subset with ``strict: true`` (every property
            required, optional ones nullable, no extra keys).
        require_approval: ``True``, or a callable of the decoded arguments: those calls stop
            the run until approved (see ``resume_run``).
    """
    if fn is not None:
        return _from_function(fn, name, description, strict, require_approval)
    if input is not None:
        return _from_input(name or "", description, input, execute, strict, require_approval)

    def decorate(function: Callable[P, R]) -> Tool[P, R]:
        return _from_function(function, name, description, strict, require_approval)

    return decorate


def _is_context(annotation: Any) -> bool:
    """Whether a parameter annotated so receives the context (``ToolContext``, or ``| None``)."""
    if annotation is ToolContext:
        return True
    return any(arg is ToolContext for arg in get_args(annotation))


def _is_async(fn: Callable[..., Any] | None) -> bool:
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
        getattr(fn, "__call__", None)  # noqa: B004 (an instance with an async __call__)
    )


def _under_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _run_to_completion(awaitable: Any) -> Any:
    """An async tool's result in the sync loop: run on a new event loop in this thread."""

    async def wait() -> Any:
        return await awaitable

    if not _under_asyncio():
        return asyncio.run(wait())
    if inspect.iscoroutine(awaitable):
        awaitable.close()  # never awaited: close it so no warning blames the tool
    raise RuntimeError(
        "an async tool cannot run in call_model inside a running event loop; use call_model_async"
    )


def _problem(tool_name: str, problem: UnsupportedAnnotation) -> SDKValidationError:
    where = f"{tool_name}.{problem.path}" if problem.path else tool_name
    return SDKValidationError(
        f"The tool {tool_name!r} cannot be sent: {problem}", field=f"tools[{where}]"
    )


def _checked_name(tool_name: str) -> SDKValidationError | None:
    if _NAME.match(tool_name):
        return None
    return SDKValidationError(
        f"The tool name {tool_name!r} is not allowed: use 1 to 64 letters, digits, '_' or '-'",
        field="tools[].name",
    )


def _from_function(
    fn: Callable[P, R],
    name: str | None,
    description: str | None,
    strict: bool,
    require_approval: ApprovalRule,
) -> Tool[P, R]:
    tool_name = name or str(getattr(fn, "__name__", type(fn).__name__))
    if description is None:
        description = parse_docstring(inspect.getdoc(fn)).summary
    parameters: Mapping[str, Any] = {"type": "object", "properties": {}, "required": []}
    problem = _checked_name(tool_name)
    specs: list[FieldSpec] = []
    context_parameter = None
    try:
        specs, skipped = parameter_specs(fn, skip=_is_context)
        context_parameter = skipped[0] if skipped else None
        parameters = object_schema(specs, strict=strict)
    except UnsupportedAnnotation as unsupported:
        problem = problem or _problem(tool_name, unsupported)
    except (TypeError, ValueError) as exc:  # no signature (some builtins)
        problem = problem or _problem(tool_name, UnsupportedAnnotation("", str(exc)))
    return Tool(
        name=tool_name,
        description=description,
        parameters=parameters,
        strict=strict,
        execute=fn,
        require_approval=require_approval,
        problem=problem,
        context_parameter=context_parameter,
        fields=tuple(specs),
    )


def _from_input(
    tool_name: str,
    description: str | None,
    input_type: Any,
    execute: Callable[..., Any] | None,
    strict: bool,
    require_approval: ApprovalRule,
) -> Tool[Any, Any]:
    parameters: Mapping[str, Any] = {"type": "object", "properties": {}, "required": []}
    problem = _checked_name(tool_name)
    if description is None and isinstance(input_type, type):
        description = class_description(input_type)
    try:
        if not is_record(input_type):
            raise UnsupportedAnnotation(
                "",
                f"input must be an attrs class, dataclass or TypedDict, not {type_name(input_type)}",
            )
        parameters = object_schema(fields_of(input_type), strict=strict)
    except UnsupportedAnnotation as unsupported:
        problem = problem or _problem(tool_name, unsupported)
    return Tool(
        name=tool_name,
        description=description,
        parameters=parameters,
        strict=strict,
        execute=execute,
        require_approval=require_approval,
        problem=problem,
        input_type=input_type,
    )
