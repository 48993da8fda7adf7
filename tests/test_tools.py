"""Tools made from typed functions: decoding a model's arguments, running, approval.

What the loop relies on: a call's raw arguments become the function's typed arguments or a
problem message for the model (never an exception); running gives the tool message text or
the exception, sync and async; the decorated function stays the function.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import json
import pickle
import threading
from typing import Any, Literal, TypedDict

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from returns.result import Failure, Success

from openrouter_core.errors import SDKValidationError
from openrouter_funcs import Tool, ToolContext, tool, tool_error_text

from .conftest import make_core


class Unit(enum.Enum):
    CELSIUS = "c"
    FAHRENHEIT = "f"


@attrs.frozen
class Place:
    city: str
    country: str | None = None


@attrs.frozen
class Weather:
    city: str
    degrees: float
    unit: Unit


@tool
def get_weather(place: Place, unit: Unit = Unit.CELSIUS, days: list[int] | None = None) -> Weather:
    """Current weather in a place.

    Args:
        place: Where.
        unit: Which unit.
        days: Days ahead to include.
    """
    return Weather(place.city, 21.5, unit)


@tool(strict=True)
def forecast(city: str, days: int = 3, detail: Literal["short", "long"] = "short") -> str:
    """Forecast for the next days."""
    return f"{city}: {days} days, {detail}"


def context(step: int = 1) -> ToolContext:
    return ToolContext(
        step=step,
        messages=[{"role": "user", "content": "hi"}],
        core=make_core(lambda request: pytest.fail("no HTTP call expected")),
        tool_call_id="call_1",
    )


# --- decoding arguments ---------------------------------------------------------------------


def test_arguments_are_structured_into_the_annotated_types() -> None:
    decoded = get_weather.decode_arguments(
        '{"place": {"city": "Paris"}, "unit": "f", "days": [1, 2]}'
    )
    assert decoded == Success({"place": Place("Paris"), "unit": Unit.FAHRENHEIT, "days": [1, 2]})


def test_a_left_out_argument_keeps_the_function_default() -> None:
    assert get_weather.decode_arguments('{"place": {"city": "Oslo"}}') == Success(
        {"place": Place("Oslo")}
    )
    # Some models send "" (or nothing) for a call without arguments.
    assert tool(lambda: "ok", name="noargs").decode_arguments("") == Success({})


def test_in_strict_mode_null_means_the_default() -> None:
    decoded = forecast.decode_arguments('{"city": "Rome", "days": null, "detail": null}')
    assert decoded == Success({"city": "Rome"})
    assert forecast.run(decoded.unwrap(), context()) == Success("Rome: 3 days, short")


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("{not json", "are not valid JSON"),
        ('["Paris"]', "must be a JSON object, got list"),
        ('{"unit": "c"}', "at $.place: required but missing"),
        ('{"place": {"city": 5}}', "at $.place.city: expected a string, got a number 5"),
        ('{"place": "Paris"}', 'at $.place: expected an object, got a string "Paris"'),
        (
            '{"place": {"city": "A"}, "unit": "kelvin"}',
            'at $.unit: expected one of "c", "f", got a string "kelvin"',
        ),
        (
            '{"place": {"city": "A"}, "days": [1, "2"]}',
            'at $.days[1]: expected an integer, got a string "2"',
        ),
        (
            '{"place": {"city": "A"}, "days": "12"}',
            'at $.days: expected an array, got a string "12"',
        ),
        (
            '{"place": {"city": "A"}, "days": [true]}',
            "at $.days[0]: expected an integer, got a boolean",
        ),
        ('{"place": {"city": "A", "zip": 1}}', "at $.place: unexpected key(s) zip"),
        ('{"place": {"city": "A"}, "when": "now"}', "at $: unexpected argument(s) when"),
    ],
)
def test_arguments_that_do_not_fit_give_a_problem_for_the_model(raw: str, words: str) -> None:
    decoded = get_weather.decode_arguments(raw)
    assert isinstance(decoded, Failure)
    message = decoded.failure()
    assert isinstance(message, str)
    assert "get_weather" in message and words in message


def test_a_literal_takes_only_its_values_of_their_json_kind() -> None:
    assert isinstance(forecast.decode_arguments('{"city": "A", "detail": "medium"}'), Failure)
    assert isinstance(forecast.decode_arguments('{"city": "A", "days": 2.5}'), Failure)
    assert isinstance(forecast.decode_arguments('{"city": "A", "days": "2"}'), Failure)


# --- running --------------------------------------------------------------------------------


def test_running_gives_the_result_as_json_and_a_str_as_it_is() -> None:
    arguments = get_weather.decode_arguments('{"place": {"city": "Paris"}}').unwrap()
    text = get_weather.run(arguments, context()).unwrap()
    assert json.loads(text) == {"city": "Paris", "degrees": 21.5, "unit": "c"}
    assert forecast.run({"city": "Oslo"}, context()) == Success("Oslo: 3 days, short")


@dataclasses.dataclass
class Row:
    name: str
    tags: list[str]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ([Row("a", ["x"])], '[{"name": "a", "tags": ["x"]}]'),
        ({"n": 1, "ok": True}, '{"n": 1, "ok": true}'),
        (3, "3"),
        (None, "null"),
        ("plain text", "plain text"),
    ],
)
def test_each_kind_of_result_becomes_tool_message_text(value: Any, text: str) -> None:
    made = tool(lambda: value, name="give")
    assert made.run({}, context()) == Success(text)


def test_a_tool_that_raises_gives_its_exception_without_the_traceback() -> None:
    def explode(city: str) -> str:
        raise LookupError(f"no such city: {city}")

    made = tool(explode)
    result = made.run({"city": "Atlantis"}, context())
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, LookupError) and error.__traceback__ is None
    assert tool_error_text(error) == "Error: LookupError: no such city: Atlantis"


def test_a_result_with_no_json_form_is_an_error_not_a_crash() -> None:
    made = tool(lambda: object(), name="opaque")
    result = made.run({}, context())
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), (TypeError, ValueError))


def test_the_context_parameter_receives_the_runs_context() -> None:
    seen: list[ToolContext] = []

    @tool
    def remember(note: str, ctx: ToolContext) -> str:
        """Remember a note."""
        seen.append(ctx)
        return f"step {ctx.step}: {note}"

    given = context(step=4)
    assert remember.run({"note": "milk"}, given) == Success("step 4: milk")
    assert seen == [given]


def test_the_decorated_function_is_still_callable_with_its_own_signature() -> None:
    assert get_weather(Place("Lima"), Unit.FAHRENHEIT) == Weather("Lima", 21.5, Unit.FAHRENHEIT)
    assert forecast("Oslo", days=1) == "Oslo: 1 days, short"
    assert isinstance(get_weather, Tool)
    assert (get_weather.name, get_weather.description) == (
        "get_weather",
        "Current weather in a place.",
    )


async def test_run_async_awaits_an_async_tool_and_runs_a_sync_one_in_a_thread() -> None:
    @tool
    async def lookup(city: str) -> dict[str, str]:
        """Look a city up."""
        await asyncio.sleep(0)
        return {"city": city}

    threads: list[int] = []

    @tool
    def where(city: str) -> str:
        """Where the tool ran."""
        threads.append(threading.get_ident())
        return city

    assert await lookup.run_async({"city": "Quito"}, context()) == Success('{"city": "Quito"}')
    assert await where.run_async({"city": "Lima"}, context()) == Success("Lima")
    assert threads and threads[0] != threading.get_ident()  # the event loop was not blocked


async def test_an_async_tool_that_raises_gives_its_exception() -> None:
    @tool
    async def fail(city: str) -> str:
        """Always fails."""
        raise ValueError("closed")

    result = await fail.run_async({"city": "x"}, context())
    assert isinstance(result, Failure) and str(result.failure()) == "closed"


def test_the_sync_run_completes_an_async_tool() -> None:
    @tool
    async def lookup(city: str) -> str:
        """Look a city up."""
        await asyncio.sleep(0)
        return city.upper()

    assert lookup.run({"city": "quito"}, context()) == Success("QUITO")


async def test_the_sync_run_inside_an_event_loop_reports_an_async_tool_instead_of_hanging() -> None:
    @tool
    async def lookup(city: str) -> str:
        """Look a city up."""
        return city

    result = lookup.run({"city": "quito"}, context())
    assert isinstance(result, Failure) and "call_model_async" in str(result.failure())


# --- the input= form, manual tools, approval ------------------------------------------------


class Query(TypedDict):
    """Find a customer."""

    name: str
    limit: int


def find(query: Query) -> list[str]:
    return [query["name"]] * query["limit"]


def test_an_input_tool_reads_its_arguments_into_one_instance() -> None:
    lookup = tool(name="lookup", input=Query, execute=find)
    assert lookup.description == "Find a customer."
    assert lookup.parameters["required"] == ["name", "limit"]
    decoded = lookup.decode_arguments('{"name": "Ada", "limit": 2}')
    assert decoded == Success({"name": "Ada", "limit": 2})
    assert lookup.run(decoded.unwrap(), context()) == Success('["Ada", "Ada"]')
    assert lookup({"name": "Bo", "limit": 1}) == ["Bo"]
    missing = lookup.decode_arguments('{"name": "Ada"}')
    assert isinstance(missing, Failure) and "at $.limit: required but missing" in missing.failure()


def test_an_input_that_is_not_a_class_with_fields_is_a_problem() -> None:
    made = tool(name="bad", input=int, execute=lambda value: value)
    assert isinstance(made.definition().failure(), SDKValidationError)


def test_a_manual_tool_is_offered_but_not_run() -> None:
    ask = tool(name="ask_human", description="Ask the user.", input=Query)
    assert ask.is_manual and not get_weather.is_manual
    assert ask.definition().unwrap()["function"]["name"] == "ask_human"
    assert isinstance(ask.run({"name": "x", "limit": 1}, context()), Failure)
    with pytest.raises(TypeError, match="manual tool"):
        ask({"name": "x", "limit": 1})


def test_approval_is_per_tool_or_per_call() -> None:
    assert not get_weather.needs_approval({"place": Place("x")})
    always = tool(strict=True, require_approval=True)(get_weather.execute)
    assert always is not get_weather and always.needs_approval({})

    def costly(arguments: dict[str, Any]) -> bool:
        return bool(arguments["amount"] > 100)

    @tool(require_approval=costly)
    def pay(amount: int) -> str:
        """Pay someone."""
        return "paid"

    assert pay.needs_approval({"amount": 500}) and not pay.needs_approval({"amount": 5})
    assert pay.needs_approval({})  # the rule raised (KeyError): ask rather than run


def test_tool_results_and_errors_pickle() -> None:
    result = get_weather.run(
        get_weather.decode_arguments('{"place": {"city": "P"}}').unwrap(), context()
    )
    assert pickle.loads(pickle.dumps(result)) == result
    raised = tool(lambda: 1 / 0, name="divide").run({}, context())
    copy = pickle.loads(pickle.dumps(raised))
    assert isinstance(copy.failure(), ZeroDivisionError)
    decoded = get_weather.decode_arguments('{"place": {"city": "P"}, "unit": "f"}')
    assert pickle.loads(pickle.dumps(decoded)) == decoded


class Color(str, enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    LOW = 1


def test_str_and_int_enums_are_read_as_members() -> None:
    @tool
    def paint(color: Color, level: Level) -> str:
        """Paint."""
        return f"{color.name} {level.name}"

    decoded = paint.decode_arguments('{"color": "red", "level": 1}')
    assert decoded == Success({"color": Color.RED, "level": Level.LOW})
    assert type(decoded.unwrap()["color"]) is Color
    assert isinstance(paint.decode_arguments('{"color": "blue", "level": 1}'), Failure)
    assert isinstance(paint.decode_arguments('{"color": "red", "level": true}'), Failure)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["place", "city", "unit", "days", "x"]), children, max_size=4
        )
    ),
    max_leaves=12,
)


@given(st.text(max_size=40) | JSON_VALUES.map(json.dumps))
def test_decoding_any_text_gives_a_result_never_an_exception(raw: str) -> None:
    for made in (get_weather, forecast):
        decoded = made.decode_arguments(raw)
        assert isinstance(decoded, (Success, Failure))
        if isinstance(decoded, Failure):
            assert isinstance(decoded.failure(), str) and made.name in decoded.failure()


def test_arguments_nested_past_the_recursion_limit_are_a_problem_not_a_crash() -> None:
    raw = "[" * 100_000 + "]" * 100_000
    decoded = get_weather.decode_arguments(raw)
    assert isinstance(decoded, Failure) and "not valid JSON" in decoded.failure()
