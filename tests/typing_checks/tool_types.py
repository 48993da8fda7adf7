"""Tools and structured output as mypy --strict sees them (checked in CI by .ci/run, never run).

Each ``# type: ignore[code]`` marks an error mypy MUST report (unused ignores are errors), so
a decorated tool that lost its signature, or an untyped parsed value, fails the check.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, Literal, NoReturn, TypedDict

import attrs
from returns.result import Failure, Result, Success
from typing_extensions import assert_type

from openrouter_core import OpenRouterCore
from openrouter_core.errors import OutputRefusedError, OutputValidationError
from openrouter_funcs import (
    ChatParseError,
    Parsed,
    Tool,
    ToolContext,
    chat_parse,
    chat_parse_async,
    tool,
)


@attrs.frozen
class Weather:
    city: str
    degrees: float


class Query(TypedDict):
    name: str


@tool
def get_weather(city: str, unit: Literal["c", "f"] = "c") -> Weather:
    """Current weather in a city."""
    return Weather(city, 20.0)


@tool(strict=True, require_approval=True)
async def delete_file(path: str, ctx: ToolContext) -> str:
    """Delete a file."""
    return path


def find(query: Query) -> list[str]:
    return [query["name"]]


def double(number: int) -> int:
    return 2 * number


# --- the decorated function keeps its signature --------------------------------------------
assert isinstance(get_weather, Tool)
assert_type(get_weather("Paris"), Weather)
assert_type(get_weather("Paris", unit="f"), Weather)
get_weather(citty="Paris")  # type: ignore[call-arg]
get_weather("Paris", unit="kelvin")  # type: ignore[arg-type]
get_weather(42)  # type: ignore[arg-type]
deleting = delete_file("/tmp/x", ToolContext(1, [], OpenRouterCore(api_key="k")))
still_a_coroutine: Coroutine[Any, Any, str] = deleting  # an async tool stays async
deleting.close()
missing_path = delete_file("/tmp/x")  # type: ignore[call-arg]

lookup = tool(name="lookup", input=Query, execute=find)
assert_type(lookup({"name": "Ada"}), list[str])
lookup({"nmae": "Ada"})  # type: ignore[typeddict-unknown-key, typeddict-item]
ask = tool(name="ask_human", input=Query)  # a manual tool: nothing to call
assert_type(ask, Tool[[Query], NoReturn])
tool(name="lookup", input=Query, execute=double)  # type: ignore[arg-type]

# --- chat_parse: the value has the output type ---------------------------------------------
core = OpenRouterCore(api_key="k")
parsed = chat_parse(core, "Weather in Paris", output=Weather)
assert_type(parsed, Result[Parsed[Weather], ChatParseError])
match parsed:
    case Success(Parsed(value=weather)):
        print(weather)
    case Failure(OutputValidationError() as misfit):
        print(misfit.path, misfit.raw_text)
    case Failure(OutputRefusedError() as refused):
        print(refused.refusal)
    case Failure(other):
        print(other)
assert_type(parsed.unwrap().value, Weather)
assert_type(parsed.map(lambda done: done.value.degrees), Result[float, ChatParseError])
chat_parse(core, "x", outptu=Weather)  # type: ignore[call-arg]
listed = chat_parse(core, "Cities", output=list[Weather])
assert_type(listed, Result[Parsed[list[Weather]], ChatParseError])


async def parse_later() -> None:
    result = await chat_parse_async(
        core, {"messages": [{"role": "user", "content": "x"}]}, output=Weather
    )
    assert_type(result, Result[Parsed[Weather], ChatParseError])
