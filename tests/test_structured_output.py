"""``chat_parse``: ask for JSON of a Python type, read the reply into it, or say why not.

A scripted server (an ``httpx.MockTransport`` on the core's own clients) checks every request
it receives (the ``response_format`` with the type's strict schema, the messages) and answers
in the shape of a recorded OpenRouter chat completion.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
from typing import Any, Literal, TypedDict

import attrs
import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from returns.result import Failure, Success

from openrouter_core._inputs import coerce_request
from openrouter_core.errors import (
    OutputRefusedError,
    OutputValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.chat_result import ChatResult
from openrouter_funcs import Parsed, chat_parse, chat_parse_async, parse_output
from openrouter_funcs.chat_send import OPERATION, ChatSendRequest
from openrouter_funcs.structured_output import output_of

from .conftest import make_core


@attrs.frozen
class Day:
    """One day of a forecast."""

    day: str
    high: float
    sky: Literal["sun", "cloud", "rain"]


@attrs.frozen
class Forecast:
    """A weather forecast."""

    city: str
    days: list[Day]
    note: str | None = None


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int


class Contact(TypedDict):
    name: str
    email: str


def completion(content: str | None, *, refusal: str | None = None) -> dict[str, Any]:
    """A chat completion body as OpenRouter sends it (from a recorded response)."""
    return {
        "id": "gen-1767761748-qeZZQsHiqP5LRbalLJA9",
        "provider": "OpenAI",
        "model": "openai/gpt-4o-mini",
        "object": "chat.completion",
        "created": 1767761748,
        "choices": [
            {
                "logprobs": None,
                "finish_reason": "stop",
                "native_finish_reason": "stop",
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": content,
                    "refusal": refusal,
                    "reasoning": None,
                },
            }
        ],
        "usage": {"prompt_tokens": 21, "completion_tokens": 44, "total_tokens": 65, "cost": 0.0001},
    }


class ScriptedServer:
    """Answers each chat request with the next reply, after checking what it was sent."""

    def __init__(self, *replies: dict[str, Any], expect_output: Any) -> None:
        from openrouter_funcs.structured_output import response_format_for

        self.replies = list(replies)
        self.expected_format = response_format_for(expect_output).unwrap()
        self.requests: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert (request.method, request.url.path) == ("POST", "/api/v1/chat/completions")
        body = json.loads(request.content)
        assert body["response_format"] == self.expected_format
        assert body.get("stream") in (None, False)
        self.requests.append(body)
        return httpx.Response(200, json=self.replies.pop(0))


GOOD = {
    "city": "Lyon",
    "days": [
        {"day": "Mon", "high": 21, "sky": "sun"},
        {"day": "Tue", "high": 18.5, "sky": "rain"},
    ],
    "note": None,
}


def test_a_reply_that_fits_is_read_into_the_type() -> None:
    server = ScriptedServer(completion(json.dumps(GOOD)), expect_output=Forecast)
    result = chat_parse(
        make_core(server),
        {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Lyon?"}]},
        output=Forecast,
    )
    assert isinstance(result, Success)
    parsed = result.unwrap()
    assert parsed.value == Forecast("Lyon", [Day("Mon", 21.0, "sun"), Day("Tue", 18.5, "rain")])
    assert isinstance(parsed.result, ChatResult) and parsed.result.usage is not None
    assert server.requests[0]["messages"] == [{"role": "user", "content": "Lyon?"}]
    assert server.requests[0]["model"] == "openai/gpt-4o-mini"
    format_schema = server.requests[0]["response_format"]["json_schema"]
    assert format_schema["name"] == "Forecast" and format_schema["strict"] is True


def test_a_str_request_is_one_user_message_and_a_request_class_works_too() -> None:
    server = ScriptedServer(
        completion('{"x": 1, "y": 2}'), completion('{"x": 3, "y": 4}'), expect_output=Point
    )
    core = make_core(server)
    assert chat_parse(core, "A point", output=Point).unwrap().value == Point(1, 2)
    request = coerce_request(
        {"messages": [{"role": "user", "content": "Another"}], "app_title": "tests"},
        ChatSendRequest,
        OPERATION.body,
    ).unwrap()
    assert chat_parse(core, request, output=Point).unwrap().value == Point(3, 4)
    assert server.requests[0]["messages"] == [{"role": "user", "content": "A point"}]
    assert server.requests[1]["messages"] == [{"role": "user", "content": "Another"}]


@pytest.mark.parametrize(
    ("reply", "path", "problem"),
    [
        (
            {**GOOD, "days": [{"day": "Mon", "high": "warm", "sky": "sun"}]},
            "$.days[0].high",
            "expected a number, got a string",
        ),
        (
            {**GOOD, "days": [{"day": "Mon", "high": 3, "sky": "snow"}]},
            "$.days[0].sky",
            'expected one of "sun", "cloud", "rain"',
        ),
        ({"days": []}, "$.city", "required but missing"),
        ({**GOOD, "days": {"day": "Mon"}}, "$.days", "expected an array, got an object"),
        ([GOOD], "$", "expected an object, got an array"),
    ],
)
def test_a_reply_that_does_not_fit_names_the_path(reply: Any, path: str, problem: str) -> None:
    text = json.dumps(reply)
    result = chat_parse(
        make_core(ScriptedServer(completion(text), expect_output=Forecast)), "x", output=Forecast
    )
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, OutputValidationError)
    assert (error.path, error.raw_text) == (path, text)
    assert problem in error.problem
    assert f"does not fit Forecast at {path}" in str(error)


def test_a_reply_that_is_not_json_keeps_the_raw_text() -> None:
    text = "Sure! Here is the forecast: sunny."
    result = chat_parse(
        make_core(ScriptedServer(completion(text), expect_output=Forecast)), "x", output=Forecast
    )
    error = result.failure()
    assert isinstance(error, OutputValidationError)
    assert (error.path, error.raw_text) == ("$", text)
    assert "not valid JSON" in error.problem


def test_an_empty_reply_is_a_validation_error_not_none() -> None:
    result = chat_parse(
        make_core(ScriptedServer(completion(None), expect_output=Forecast)), "x", output=Forecast
    )
    error = result.failure()
    assert isinstance(error, OutputValidationError) and error.raw_text == ""


def test_a_refusal_is_an_output_refused_error() -> None:
    server = ScriptedServer(
        completion(None, refusal="I can't help with that."), expect_output=Forecast
    )
    result = chat_parse(make_core(server), "x", output=Forecast)
    error = result.failure()
    assert isinstance(error, OutputRefusedError)
    assert error.refusal == "I can't help with that."
    assert "refused" in str(error) and "I can't help with that." in str(error)


def test_a_list_output_is_sent_wrapped_and_read_unwrapped() -> None:
    reply = json.dumps({"value": [{"name": "Ada", "email": "ada@example.com"}]})
    server = ScriptedServer(completion(reply), expect_output=list[Contact])
    parsed = chat_parse(make_core(server), "Contacts", output=list[Contact]).unwrap()
    assert parsed.value == [{"name": "Ada", "email": "ada@example.com"}]
    assert server.requests[0]["response_format"]["json_schema"]["schema"]["required"] == ["value"]


def test_extra_keys_in_a_reply_are_ignored_and_a_fence_is_tolerated() -> None:
    text = "```json\n" + json.dumps({**GOOD, "source": "model"}) + "\n```"
    assert isinstance(parse_output(text, Forecast), Success)


def test_http_errors_come_back_as_chat_send_returns_them() -> None:
    core = make_core(
        lambda request: httpx.Response(401, json={"error": {"code": 401, "message": "No auth"}})
    )
    result = chat_parse(core, "x", output=Forecast)
    assert isinstance(result.failure(), UnauthorizedResponseError)


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        ({"messages": [], "response_format": {"type": "json_object"}}, "response_format"),
        ({"messages": [], "stream": True}, "stream"),
    ],
)
def test_a_request_that_sets_what_chat_parse_owns_is_refused_before_sending(
    request_: Any, field: str
) -> None:
    core = make_core(lambda request: pytest.fail("nothing should be sent"))
    error = chat_parse(core, request_, output=Forecast).failure()
    assert isinstance(error, SDKValidationError) and error.field == field


def test_an_output_type_without_a_schema_is_refused_before_sending() -> None:
    core = make_core(lambda request: pytest.fail("nothing should be sent"))
    error = chat_parse(core, "x", output=tuple[int, str]).failure()  # type: ignore[arg-type]
    assert isinstance(error, SDKValidationError) and "tuple[int, str]" in str(error)


async def test_the_async_twin_gives_the_same_results() -> None:
    text = json.dumps(GOOD)
    server = ScriptedServer(
        completion(text), completion("{}"), completion(None, refusal="no"), expect_output=Forecast
    )
    core = make_core(server)
    fits = await chat_parse_async(core, "x", output=Forecast)
    assert (
        fits.unwrap()
        == chat_parse(
            make_core(ScriptedServer(completion(text), expect_output=Forecast)),
            "x",
            output=Forecast,
        ).unwrap()
    )
    misfit = (await chat_parse_async(core, "x", output=Forecast)).failure()
    assert isinstance(misfit, OutputValidationError) and misfit.path == "$.city"
    refused = (await chat_parse_async(core, "x", output=Forecast)).failure()
    assert isinstance(refused, OutputRefusedError)


def test_parsed_values_and_output_errors_pickle() -> None:
    parsed = chat_parse(
        make_core(ScriptedServer(completion(json.dumps(GOOD)), expect_output=Forecast)),
        "x",
        output=Forecast,
    ).unwrap()
    assert isinstance(parsed, Parsed)
    copy = pickle.loads(pickle.dumps(parsed))
    assert copy == parsed and copy.value.days[1].sky == "rain"
    error = output_of(parsed.result, Point).failure()
    assert isinstance(error, OutputValidationError)
    again = pickle.loads(pickle.dumps(error))
    assert (again.raw_text, again.path, again.problem, str(again)) == (
        error.raw_text,
        error.path,
        error.problem,
        str(error),
    )


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["city", "days", "day", "high", "sky", "note", "value"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@given(st.text(max_size=40) | JSON_VALUES.map(json.dumps))
def test_any_reply_gives_the_value_or_a_validation_error(text: str) -> None:
    for output in (Forecast, list[Day], Contact):
        parsed = parse_output(text, output)
        if isinstance(parsed, Failure):
            error = parsed.failure()
            assert isinstance(error, OutputValidationError) and error.raw_text == text
            assert error.path.startswith("$")


def test_a_reply_nested_past_the_recursion_limit_is_a_validation_error() -> None:
    text = '{"city": ' + "[" * 100_000 + "]" * 100_000 + "}"
    error = parse_output(text, Forecast).failure()
    assert isinstance(error, OutputValidationError) and error.path == "$"


@pytest.mark.parametrize(
    "choices", [{}, "x", [None], [{"index": 0}], [{"message": None}], [{"message": "hi"}]]
)
def test_a_body_whose_choices_do_not_fit_is_an_output_error(choices: object) -> None:
    """Forgiving reading keeps whatever the server sent; reading the output never raises."""
    from openrouter_core import from_dict
    from openrouter_funcs.structured_output import output_of

    body = {"id": "x", "created": 1, "model": "m", "choices": choices}
    result = output_of(from_dict(body, ChatResult), dict)
    assert isinstance(result.failure(), OutputValidationError)
