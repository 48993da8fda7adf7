"""Structured output: ask for JSON of a Python type and read the reply into that type.

``chat_parse(core, request, output=Weather)`` sends ``request`` (anything ``chat_send`` takes,
or a plain ``str`` as one user message) with ``response_format`` set to the JSON Schema of
``Weather`` in strict mode, and returns ``Success(Parsed(result, value))``: the ``ChatResult``
and the reply read into a ``Weather``. ``call_model(..., output=T)`` uses the same pieces:

- ``response_format_for(T)``: the ``response_format`` value,
  ``{"type": "json_schema", "json_schema": {"name", "schema", "strict": true}}``.
- ``parse_output(text, T)``: the reply text read into ``T``, or ``OutputValidationError``.
- ``output_of(result, T)``: the same for a ``ChatResult``'s first choice, with a refusal
  (``message.refusal``) as ``OutputRefusedError``.

``T`` is an attrs class, dataclass or ``TypedDict`` (an object schema), or any other type
:mod:`openrouter_funcs.json_schema` describes (``list[X]``, ``str``, ...): strict structured
output needs an object at the top, so those are sent wrapped as ``{"value": ...}`` and
unwrapped when read. The reply must fit exactly: a wrong kind of value, a missing field or a
value outside a ``Literal`` is an ``OutputValidationError`` naming the path (``$.days[1].high``)
and keeping the raw text, never a silent ``None``; keys the type does not have are ignored
(as openai's ``.parse`` does). A ``null`` for a field with a default gives the default, and
a reply wrapped in a Markdown code fence (some models add one) is read inside it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Generic, TypeAlias, TypeVar, cast

import attrs
from returns.result import Failure, Result, Success

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._text import content_text
from openrouter_core.errors import OutputRefusedError, OutputValidationError, SDKValidationError
from openrouter_core.models.chat_result import ChatResult
from openrouter_funcs import _decoding
from openrouter_funcs.chat_send import (
    ChatSendError,
    ChatSendRequest,
    ChatSendRequestDict,
    chat_send,
    chat_send_async,
)
from openrouter_funcs.json_schema import (
    UnsupportedAnnotation,
    class_description,
    is_record,
    schema_of,
    type_name,
)

__all__ = [
    "ChatParseError",
    "Parsed",
    "chat_parse",
    "chat_parse_async",
    "output_of",
    "parse_output",
    "response_format_for",
]

T = TypeVar("T")

#: What ``chat_parse`` can fail with: ``chat_send``'s errors, and the reply's.
ChatParseError: TypeAlias = ChatSendError | OutputValidationError | OutputRefusedError

#: The key a non-object output is wrapped under (strict schemas need an object on top).
WRAPPER_KEY = "value"


@attrs.frozen
class Parsed(Generic[T]):
    """A chat completion and its reply read into the requested type."""

    result: ChatResult
    """The whole response, as ``chat_send`` returns it (usage, model, the message)."""
    value: T
    """The reply read into the output type."""


def response_format_for(output: Any) -> Result[dict[str, Any], SDKValidationError]:
    """The ``response_format`` asking for JSON that reads into ``output`` (strict mode)."""
    try:
        schema = schema_of(output, strict=True)
    except UnsupportedAnnotation as problem:
        return Failure(
            SDKValidationError(
                f"The output type {type_name(output)} has no JSON Schema: {problem}",
                field=f"output.{problem.path}" if problem.path else "output",
            )
        )
    if not _is_object(output):
        schema = {
            "type": "object",
            "properties": {WRAPPER_KEY: schema},
            "required": [WRAPPER_KEY],
            "additionalProperties": False,
        }
    json_schema: dict[str, Any] = {"name": _schema_name(output), "schema": schema, "strict": True}
    description = class_description(output) if isinstance(output, type) else None
    if description:
        json_schema["description"] = description
    return Success({"type": "json_schema", "json_schema": json_schema})


def parse_output(text: str, output: type[T]) -> Result[T, OutputValidationError]:
    """``text`` (the model's reply) read into ``output``, or where and why it does not fit."""
    name = type_name(output)
    try:
        data = json.loads(_without_fence(text))
    except (ValueError, RecursionError) as exc:  # nested past the recursion limit, too
        return Failure(
            OutputValidationError(text, "$", f"not valid JSON ({exc})", output_name=name)
        )
    path = "$"
    if not _is_object(output):
        if not isinstance(data, dict) or WRAPPER_KEY not in data:
            return Failure(
                OutputValidationError(
                    text, "$", f'expected an object with the key "{WRAPPER_KEY}"', output_name=name
                )
            )
        data, path = data[WRAPPER_KEY], f"$.{WRAPPER_KEY}"
    decoded = _decoding.decode_value(
        _decoding.fill_defaults(data, output), output, forbid_extra_keys=False, path=path
    )
    if isinstance(decoded, Failure):
        misfit = decoded.failure()
        return Failure(OutputValidationError(text, misfit.path, misfit.problem, output_name=name))
    value: T = decoded.unwrap()
    return Success(value)


def output_of(
    result: ChatResult, output: type[T]
) -> Result[T, OutputValidationError | OutputRefusedError]:
    """The first choice's reply read into ``output``; a refusal is ``OutputRefusedError``."""
    # Read forgivingly, a body may hold anything where the spec says list or model: a
    # misfit is this function's error value, never an exception.
    choices: Any = result.choices
    message: Any = (
        getattr(choices[0], "message", None) if isinstance(choices, list) and choices else None
    )
    if message is None:
        return Failure(
            OutputValidationError(
                "", "$", "the response has no choice with a message", output_name=type_name(output)
            )
        )
    refusal = getattr(message, "refusal", None)
    if isinstance(refusal, str) and refusal:
        return Failure(OutputRefusedError(refusal))
    parsed: Result[T, OutputValidationError | OutputRefusedError] = parse_output(
        content_text(getattr(message, "content", None)), output
    )
    return parsed


def chat_parse(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | str,
    *,
    output: type[T],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[Parsed[T], ChatParseError]:
    """Send a chat completion asking for JSON of ``output``, and read the reply into it.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: What ``chat_send`` takes (without ``response_format`` or ``stream``), or a
            ``str``: one user message.
        output: The type to read the reply into (attrs class, dataclass, TypedDict,
            ``list[X]``, ...).
        options: Per-call ``RequestOptions``, as for ``chat_send``.

    Returns:
        ``Success(Parsed(result, value))``, or ``Failure`` holding ``chat_send``'s errors,
        ``OutputValidationError`` (not JSON, or does not fit: ``.path``, ``.raw_text``),
        ``OutputRefusedError`` (the model refused), or ``SDKValidationError`` (an output type
        with no schema, or a request that sets ``response_format`` or ``stream`` itself).

    Example::

        match chat_parse(core, "Weather in Paris as JSON", output=Weather):
            case Success(Parsed(value=weather)):
                print(weather.temperature)
    """
    prepared = _prepared(request, output)
    if isinstance(prepared, Failure):
        return prepared
    sent = chat_send(core, prepared.unwrap(), stream=False, options=options)
    if isinstance(sent, Failure):
        return Failure(sent.failure())
    return _parsed(sent.unwrap(), output)


async def chat_parse_async(
    core: OpenRouterCore,
    request: ChatSendRequest | ChatSendRequestDict | str,
    *,
    output: type[T],
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[Parsed[T], ChatParseError]:
    """``chat_parse`` for async code: the same request, reply and errors.

    Example::

        result = await chat_parse_async(core, "Weather in Paris as JSON", output=Weather)
    """
    prepared = _prepared(request, output)
    if isinstance(prepared, Failure):
        return prepared
    sent = await chat_send_async(core, prepared.unwrap(), stream=False, options=options)
    if isinstance(sent, Failure):
        return Failure(sent.failure())
    return _parsed(sent.unwrap(), output)


def _parsed(result: ChatResult, output: type[T]) -> Result[Parsed[T], ChatParseError]:
    parsed: Result[Parsed[T], ChatParseError] = output_of(result, output).map(
        lambda value: Parsed(result, value)
    )
    return parsed


def _prepared(
    request: ChatSendRequest | ChatSendRequestDict | str, output: Any
) -> Result[ChatSendRequest | ChatSendRequestDict, SDKValidationError]:
    """``request`` with the response format for ``output``, or why it cannot carry one."""
    response_format = response_format_for(output)
    if isinstance(response_format, Failure):
        return response_format
    fmt = response_format.unwrap()
    if isinstance(request, str):
        one_message = {"messages": [{"role": "user", "content": request}], "response_format": fmt}
        return Success(cast("ChatSendRequestDict", one_message))
    if isinstance(request, ChatSendRequest):
        if request.body.response_format is not None:
            return Failure(_owned("response_format"))
        if request.body.stream is True:
            return Failure(_owned("stream"))
        from openrouter_core.models.chat_format_json_schema_config import (
            ChatFormatJsonSchemaConfig,
        )
        from openrouter_core.models.chat_json_schema_config import ChatJsonSchemaConfig

        config = ChatJsonSchemaConfig(**fmt["json_schema"])
        body = attrs.evolve(
            request.body, response_format=ChatFormatJsonSchemaConfig(json_schema=config)
        )
        return Success(attrs.evolve(request, body=body))
    if not isinstance(request, Mapping):
        return Failure(
            SDKValidationError(
                f"request must be a dict, a ChatSendRequest or a str, not {type(request).__name__}",
                field="request",
            )
        )
    for key in ("response_format", "stream"):
        if request.get(key) not in (None, False):
            return Failure(_owned(key))
    return Success(cast("ChatSendRequestDict", {**request, "response_format": fmt}))


def _owned(key: str) -> SDKValidationError:
    return SDKValidationError(
        f"chat_parse sets {key} itself; leave it out of the request (use chat_send for your own)",
        field=key,
    )


def _is_object(output: Any) -> bool:
    return is_record(output)


def _schema_name(output: Any) -> str:
    name = re.sub(r"[^A-Za-z0-9_-]+", "_", type_name(output)).strip("_")
    return name[:64] or "output"


def _without_fence(text: str) -> str:
    """The JSON inside a Markdown code fence (some models add one despite the schema)."""
    stripped = text.strip()
    fenced = re.fullmatch(r"```(?:json)?\s*\n(.*)\n\s*```", stripped, re.S)
    return fenced.group(1) if fenced else stripped
