"""call_model and call_model_async against a scripted model on a loopback socket.

Every request the loop sends is checked by the server (exact messages, tools offered, usage
accounting asked for); ``server.errors`` stays empty in every test. Each test runs the sync
function and its async twin (``mode``), which must give the same run.
"""

from __future__ import annotations

import asyncio
import pickle
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from returns.result import Failure, Result

from openrouter_core import BackoffStrategy, RetryConfig
from openrouter_core.errors import (
    InternalServerResponseError,
    OutputValidationError,
    SDKValidationError,
    ToolExecutionError,
    UnauthorizedResponseError,
)
from openrouter_funcs import (
    ModelRun,
    call_model,
    call_model_async,
    has_tool_call,
    max_cost,
    max_tokens,
    resume_run,
    resume_run_async,
    step_count_is,
    tool,
)
from openrouter_funcs.call_model import CallModelError

from .faultserver import error_status
from .scriptserver import (
    ANY,
    USAGE,
    ScriptServer,
    Turn,
    assistant_calls,
    call,
    completion,
    tool_result,
    user,
)

Drive = Callable[..., Result[ModelRun[Any], CallModelError]]


@tool
def get_weather(city: str) -> str:
    """The weather in a city.

    Args:
        city: The city's name.
    """
    return {"Paris": "sunny, 21 C", "Rome": "cloudy, 18 C"}.get(city, "unknown")


@tool
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@tool
def explode(reason: str) -> str:
    """A tool that always raises."""
    raise ValueError(f"boom: {reason}")


@attrs.frozen
class Question:
    """A question for a person."""

    text: str


ask_person = tool(name="ask_person", description="Ask the user a question.", input=Question)


@tool(require_approval=True)
def delete_file(path: str) -> str:
    """Delete a file."""
    return f"deleted {path}"


@pytest.fixture
def server() -> Iterator[ScriptServer]:
    with ScriptServer() as running:
        yield running
        assert running.errors == []


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def drive(mode: str) -> Drive:
    if mode == "sync":
        return call_model

    def run_async(*args: Any, **kwargs: Any) -> Any:
        return asyncio.run(call_model_async(*args, **kwargs))

    return run_async


def resume(mode: str) -> Drive:
    if mode == "sync":
        return resume_run

    def run_async(*args: Any, **kwargs: Any) -> Any:
        return asyncio.run(resume_run_async(*args, **kwargs))

    return run_async


def weather_script(server: ScriptServer) -> None:
    calls = [call("call_1", "get_weather", city="Paris")]
    server.script(
        Turn(
            expect=[user("Weather in Paris?")], reply=completion(calls=calls), tools=["get_weather"]
        ),
        Turn(
            expect=[
                user("Weather in Paris?"),
                assistant_calls(calls),
                tool_result("call_1", "sunny, 21 C"),
            ],
            reply=completion("It is sunny in Paris."),
            tools=["get_weather"],
        ),
    )


# --- scripted conversations ---------------------------------------------------------------


def test_one_tool_call_then_the_answer(server: ScriptServer, mode: str) -> None:
    weather_script(server)
    run = drive(mode)(server.core(), "Weather in Paris?", tools=[get_weather]).unwrap()
    assert run.text == "It is sunny in Paris."
    assert run.stopped_by == "finished"
    assert [step.number for step in run.steps] == [1, 2]
    first = run.steps[0]
    assert [(c.id, c.name, c.arguments) for c in first.tool_calls] == [
        ("call_1", "get_weather", {"city": "Paris"})
    ]
    assert [(r.tool_call_id, r.content, r.problem) for r in first.tool_results] == [
        ("call_1", "sunny, 21 C", None)
    ]
    assert run.usage.total_tokens == 30 and run.cost == pytest.approx(0.02)
    assert run.messages[-1] == {"role": "assistant", "content": "It is sunny in Paris."}
    assert run.pending_tool_calls == () and run.output is None


def test_two_parallel_calls_go_back_in_call_order_with_their_ids(
    server: ScriptServer, mode: str
) -> None:
    calls = [
        call("call_r", "get_weather", city="Rome"),
        call("call_p", "get_weather", city="Paris"),
    ]
    server.script(
        Turn(expect=[user("Rome and Paris?")], reply=completion(calls=calls)),
        Turn(
            expect=[
                user("Rome and Paris?"),
                assistant_calls(calls),
                tool_result("call_r", "cloudy, 18 C"),
                tool_result("call_p", "sunny, 21 C"),
            ],
            reply=completion("Rome is cloudy, Paris sunny."),
        ),
    )
    run = drive(mode)(server.core(), "Rome and Paris?", tools=[get_weather]).unwrap()
    assert [r.tool_call_id for r in run.steps[0].tool_results] == ["call_r", "call_p"]
    assert run.text == "Rome is cloudy, Paris sunny."


REASONING = [
    {
        "type": "reasoning.encrypted",
        "data": "gAAAAABo-opaque==",
        "id": "rs_1",
        "format": "openai-responses-v1",
        "index": 0,
    },
    {"type": "reasoning.summary", "summary": "Add first.", "format": "unknown", "index": 1},
]


def test_three_steps_keep_reasoning_details_unchanged(server: ScriptServer, mode: str) -> None:
    first = [call("c1", "add", a=1, b=2)]
    second = [call("c2", "add", a=3, b=4)]
    echoed = assistant_calls(first, reasoning_details=REASONING, reasoning="Add first.")
    server.script(
        Turn(
            expect=[user("1+2, then 3+4")],
            reply=completion(calls=first, reasoning_details=REASONING, reasoning="Add first."),
        ),
        Turn(
            expect=[user("1+2, then 3+4"), echoed, tool_result("c1", "3")],
            reply=completion(calls=second),
        ),
        Turn(
            expect=[
                user("1+2, then 3+4"),
                echoed,
                tool_result("c1", "3"),
                assistant_calls(second),
                tool_result("c2", "7"),
            ],
            reply=completion("3 and 7"),
        ),
    )
    run = drive(mode)(server.core(), "1+2, then 3+4", tools=[add]).unwrap()
    assert len(run.steps) == 3 and run.text == "3 and 7"
    assert run.messages[1]["reasoning_details"] == REASONING


def test_a_dict_request_keeps_its_fields_and_its_own_tools_entries(
    server: ScriptServer, mode: str
) -> None:
    own = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    server.script(
        Turn(
            expect=[{"role": "system", "content": "Be brief."}, user("Hi")],
            reply=completion("Hello."),
            tools=["lookup", "add"],
            body={"model": "openai/gpt-4o", "temperature": 0.2},
        )
    )
    request = {
        "model": "openai/gpt-4o",
        "temperature": 0.2,
        "messages": [{"role": "system", "content": "Be brief."}, user("Hi")],
        "tools": [own],
    }
    run = drive(mode)(server.core(), request, tools=[add]).unwrap()
    assert run.text == "Hello."


# --- stop conditions ----------------------------------------------------------------------


def always_calling(server: ScriptServer, turns: int, usage: dict[str, Any] | None = None) -> None:
    server.script(
        *(
            Turn(expect=None, reply=completion(calls=[call(f"c{n}", "add", a=n, b=1)], usage=usage))
            for n in range(turns)
        )
    )


@pytest.mark.parametrize(
    ("stop_when", "steps", "named"),
    [
        (step_count_is(2), 2, "step_count_is(2)"),
        (max_tokens(40), 3, "max_tokens(40)"),
        (max_cost(0.025), 3, "max_cost(0.025)"),
        (step_count_is(5) | max_cost(0.015), 2, "max_cost(0.015)"),
        (lambda steps: len(steps) == 4, 4, "<lambda>"),
    ],
)
def test_each_stop_condition_ends_the_run_after_its_step(
    server: ScriptServer, mode: str, stop_when: Any, steps: int, named: str
) -> None:
    always_calling(server, steps)
    run = drive(mode)(server.core(), "go", tools=[add], stop_when=stop_when).unwrap()
    assert len(run.steps) == steps and server.request_count == steps
    assert run.stopped_by == named
    # The last step's calls ran and were recorded; nothing is left pending.
    assert run.steps[-1].tool_results[0].content == str(steps - 1 + 1)
    assert run.pending_tool_calls == ()


def test_max_cost_is_read_from_each_steps_reported_cost(server: ScriptServer, mode: str) -> None:
    costly = {**USAGE, "cost": 0.5}
    always_calling(server, 2, usage=costly)
    run = drive(mode)(server.core(), "go", tools=[add], stop_when=max_cost(0.75)).unwrap()
    assert run.stopped_by == "max_cost(0.75)" and run.cost == pytest.approx(1.0)
    assert server.request_count == 2


def test_has_tool_call_stops_after_the_step_that_called_it(server: ScriptServer, mode: str) -> None:
    server.script(
        Turn(expect=None, reply=completion(calls=[call("c1", "add", a=1, b=1)])),
        Turn(expect=None, reply=completion(calls=[call("c2", "get_weather", city="Rome")])),
    )
    run = drive(mode)(
        server.core(), "go", tools=[add, get_weather], stop_when=has_tool_call("get_weather")
    ).unwrap()
    assert run.stopped_by == "has_tool_call('get_weather')" and len(run.steps) == 2
    assert run.messages[-1] == tool_result("c2", "cloudy, 18 C")


def test_a_model_that_never_stops_is_capped_at_ten_steps(server: ScriptServer, mode: str) -> None:
    always_calling(server, 10)
    run = drive(mode)(server.core(), "go", tools=[add]).unwrap()
    assert run.stopped_by == "step_count_is(10)"
    assert len(run.steps) == 10 and server.request_count == 10


# --- tool problems go back to the model -------------------------------------------------


def test_a_tool_that_raises_is_told_to_the_model_by_default(
    server: ScriptServer, mode: str
) -> None:
    calls = [call("c1", "explode", reason="disk")]
    server.script(
        Turn(expect=[user("go")], reply=completion(calls=calls)),
        Turn(
            expect=[
                user("go"),
                assistant_calls(calls),
                tool_result("c1", "Error: ValueError: boom: disk"),
            ],
            reply=completion("It failed."),
        ),
    )
    run = drive(mode)(server.core(), "go", tools=[explode]).unwrap()
    assert run.steps[0].tool_results[0].problem == "raised"
    assert run.text == "It failed."


def test_tool_errors_fail_ends_the_run_with_the_partial_run(
    server: ScriptServer, mode: str
) -> None:
    server.script(
        Turn(expect=[user("go")], reply=completion(calls=[call("c1", "explode", reason="x")]))
    )
    result = drive(mode)(server.core(), "go", tools=[explode], tool_errors="fail")
    match result:
        case Failure(ToolExecutionError() as error):
            assert error.tool_name == "explode" and error.tool_call_id == "c1"
            assert isinstance(error.cause, ValueError)
            run = error.partial_run
            assert isinstance(run, ModelRun) and len(run.steps) == 1
            assert [p.call.id for p in run.pending_tool_calls] == ["c1"]
        case _:
            raise AssertionError(result)
    assert server.request_count == 1


@pytest.mark.parametrize(
    ("sent", "problem", "says"),
    [
        (call("c1", "add", '{"a": 1, "b": '), "invalid_arguments", "not valid JSON"),
        (call("c1", "add", a=1, b="two"), "invalid_arguments", "$.b: expected an integer"),
        (call("c1", "subtract", a=1, b=2), "unknown_tool", "no tool named 'subtract'"),
    ],
)
def test_bad_calls_go_back_to_the_model_and_are_recorded(
    server: ScriptServer, mode: str, sent: dict[str, Any], problem: str, says: str
) -> None:
    server.script(
        Turn(expect=[user("go")], reply=completion(calls=[sent])),
        Turn(
            expect=[user("go"), assistant_calls([sent]), tool_result("c1", ANY)],
            reply=completion("ok"),
        ),
    )
    run = drive(mode)(server.core(), "go", tools=[add]).unwrap()
    result = run.steps[0].tool_results[0]
    assert result.problem == problem and says in result.content
    assert run.messages[2]["content"] == result.content
    if problem == "invalid_arguments" and "JSON" in says:
        assert run.steps[0].tool_calls[0].arguments is None
    assert run.text == "ok"


# --- manual tools and approvals -----------------------------------------------------------


def test_a_manual_tool_stops_the_run_and_the_caller_continues_it(
    server: ScriptServer, mode: str
) -> None:
    calls = [call("c1", "ask_person", text="Which city?")]
    server.script(
        Turn(expect=[user("Plan a trip")], reply=completion(calls=calls)),
        Turn(
            expect=[user("Plan a trip"), assistant_calls(calls), tool_result("c1", "Rome")],
            reply=completion("Rome it is."),
        ),
    )
    core = server.core()
    run = drive(mode)(core, "Plan a trip", tools=[ask_person]).unwrap()
    assert run.stopped_by == "pending_tool_calls" and server.request_count == 1
    [pending] = run.pending_tool_calls
    assert pending.call.arguments == {"text": "Which city?"} and not pending.awaiting_approval
    answer = tool_result(pending.call.id, "Rome")
    more = drive(mode)(core, {"messages": [*run.messages, answer]}, tools=[ask_person]).unwrap()
    assert more.text == "Rome it is."


def test_approval_denied_tells_the_model_with_the_reason(server: ScriptServer, mode: str) -> None:
    calls = [call("c1", "delete_file", path="/etc/hosts")]
    denied = "The user denied this call to delete_file; it was not run. Reason: not that one"
    server.script(
        Turn(expect=[user("clean up")], reply=completion(calls=calls)),
        Turn(
            expect=[user("clean up"), assistant_calls(calls), tool_result("c1", denied)],
            reply=completion("I left it."),
        ),
    )
    core = server.core()
    run = drive(mode)(core, "clean up", tools=[delete_file]).unwrap()
    assert [p.awaiting_approval for p in run.pending_tool_calls] == [True]
    assert run.steps[0].tool_results == ()
    done = resume(mode)(core, run, {"c1": "not that one"}, tools=[delete_file]).unwrap()
    assert done.text == "I left it." and done.steps[0].tool_results[0].problem == "denied"


def test_approval_granted_runs_the_call_and_continues(server: ScriptServer, mode: str) -> None:
    calls = [call("c1", "delete_file", path="/tmp/x"), call("c2", "add", a=1, b=1)]
    server.script(
        Turn(expect=[user("clean up")], reply=completion(calls=calls)),
        Turn(
            expect=[
                user("clean up"),
                assistant_calls(calls),
                tool_result("c2", "2"),
                tool_result("c1", "deleted /tmp/x"),
            ],
            reply=completion("Done."),
        ),
    )
    core = server.core()
    run = drive(mode)(core, "clean up", tools=[delete_file, add]).unwrap()
    # The call that needs no approval ran at once; the other waits.
    assert [r.tool_call_id for r in run.steps[0].tool_results] == ["c2"]
    done = resume(mode)(core, run, {"c1": True}, tools=[delete_file, add]).unwrap()
    assert done.text == "Done." and done.stopped_by == "finished"
    assert [r.tool_call_id for r in done.steps[0].tool_results] == ["c1", "c2"]
    assert len(done.steps) == 2


def test_resume_without_a_decision_for_a_waiting_call_is_refused(
    server: ScriptServer, mode: str
) -> None:
    server.script(Turn(expect=None, reply=completion(calls=[call("c1", "delete_file", path="/")])))
    core = server.core()
    run = drive(mode)(core, "go", tools=[delete_file]).unwrap()
    result = resume(mode)(core, run, {}, tools=[delete_file])
    assert isinstance(result, Failure) and isinstance(result.failure(), SDKValidationError)
    assert "no decision for 'c1'" in str(result.failure())
    assert server.request_count == 1


# --- failed model calls lose nothing ------------------------------------------------------


def test_a_500_at_step_two_is_retried_then_fails_with_the_partial_run(
    server: ScriptServer, mode: str
) -> None:
    server.script(
        Turn(expect=None, reply=completion(calls=[call("c1", "add", a=1, b=2)])),
        error_status(500),
        error_status(500),
        error_status(500),
    )
    # Waits of 0.5 s and 0.75 s fit in 1.5 s, a third (1.125 s) would not: three attempts.
    retries = RetryConfig(
        strategy="backoff",
        backoff=BackoffStrategy(
            initial_interval=500, max_interval=60_000, exponent=1.5, max_elapsed_time=1_500
        ),
    )
    core = server.core(retry_config=retries)
    result = drive(mode)(core, "go", tools=[add])
    match result:
        case Failure(InternalServerResponseError() as error):
            run = error.partial_run
            assert isinstance(run, ModelRun) and run.stopped_by == "failed"
            assert len(run.steps) == 1 and run.messages[-1] == tool_result("c1", "3")
        case _:
            raise AssertionError(result)
    assert server.request_count == 4  # step 1, then step 2 and its retries
    assert len(server.clock.sleeps) == 2


def test_a_401_at_step_one_fails_with_an_empty_partial_run(server: ScriptServer, mode: str) -> None:
    server.script(error_status(401))
    result = drive(mode)(server.core(), "go", tools=[add])
    match result:
        case Failure(UnauthorizedResponseError() as error):
            assert error.partial_run.steps == () and error.partial_run.messages == (user("go"),)
        case _:
            raise AssertionError(result)


def test_arguments_that_do_not_fit_fail_before_anything_is_sent(
    server: ScriptServer, mode: str
) -> None:
    core = server.core()
    for result in (
        drive(mode)(core, 42),
        drive(mode)(core, "go", tools=[add], tool_errors="ignore"),
        drive(mode)(core, "go", tools=[add, add]),
    ):
        assert isinstance(result.failure(), SDKValidationError)
    assert server.request_count == 0


# --- structured output ------------------------------------------------------------------


@attrs.frozen
class Forecast:
    city: str
    celsius: int


def test_output_reads_the_final_answer_into_the_type(server: ScriptServer, mode: str) -> None:
    server.script(
        Turn(
            expect=[user("Paris?")],
            reply=completion('{"city": "Paris", "celsius": 21}'),
            body={"response_format": ANY},
        )
    )
    run = drive(mode)(server.core(), "Paris?", output=Forecast).unwrap()
    assert run.output == Forecast(city="Paris", celsius=21)
    sent = server.bodies()[0]["response_format"]
    assert sent["type"] == "json_schema" and sent["json_schema"]["strict"] is True


def test_an_answer_that_does_not_fit_fails_with_the_path_and_the_run(
    server: ScriptServer, mode: str
) -> None:
    server.script(Turn(expect=None, reply=completion('{"city": "Paris", "celsius": "warm"}')))
    result = drive(mode)(server.core(), "Paris?", output=Forecast)
    match result:
        case Failure(OutputValidationError() as error):
            assert error.path == "$.celsius"
            assert error.partial_run.steps[0].result.choices[0].message.content == (
                '{"city": "Paris", "celsius": "warm"}'
            )
        case _:
            raise AssertionError(result)


# --- the run value ------------------------------------------------------------------------


def test_async_twin_gives_the_same_run(server: ScriptServer) -> None:
    weather_script(server)
    sync_run = call_model(server.core(), "Weather in Paris?", tools=[get_weather]).unwrap()
    weather_script(server)
    async_run = asyncio.run(
        call_model_async(server.core(), "Weather in Paris?", tools=[get_weather])
    ).unwrap()
    assert async_run == sync_run


def test_model_run_and_a_failure_with_its_partial_run_pickle(server: ScriptServer) -> None:
    weather_script(server)
    run = call_model(server.core(), "Weather in Paris?", tools=[get_weather]).unwrap()
    assert pickle.loads(pickle.dumps(run)) == run
    server.script(error_status(401))
    error = call_model(server.core(), "go").failure()
    copy = pickle.loads(pickle.dumps(Failure(error))).failure()
    assert isinstance(copy, UnauthorizedResponseError)
    assert copy.partial_run == error.partial_run


# --- async tools run concurrently ---------------------------------------------------------


async def test_async_tools_of_one_step_run_concurrently() -> None:
    first_started = asyncio.Event()
    second_started = asyncio.Event()

    @tool
    async def first() -> str:
        """Waits until the second has started."""
        first_started.set()
        await second_started.wait()
        return "one"

    @tool
    async def second() -> str:
        """Waits until the first has started."""
        second_started.set()
        await first_started.wait()
        return "two"

    calls = [call("c1", "first"), call("c2", "second")]
    with ScriptServer() as server:
        server.script(
            Turn(expect=None, reply=completion(calls=calls)),
            Turn(
                expect=[
                    user("go"),
                    assistant_calls(calls),
                    tool_result("c1", "one"),
                    tool_result("c2", "two"),
                ],
                reply=completion("both"),
            ),
        )
        # Each tool waits for the other to start: run one after the other, they never end.
        result = await asyncio.wait_for(
            call_model_async(server.core(), "go", tools=[first, second]), timeout=30
        )
        assert result.unwrap().text == "both"
        assert server.errors == []


def test_a_chat_send_request_class_works_as_the_request(server: ScriptServer) -> None:
    from openrouter_core.models.chat_request import ChatRequest
    from openrouter_funcs.chat_send import ChatSendRequest

    weather_script(server)
    request = ChatSendRequest(
        body=ChatRequest(model="m", messages=[user("Weather in Paris?")]), app_title="Tests"
    )
    run = call_model(server.core(), request, tools=[get_weather]).unwrap()
    assert run.text == "It is sunny in Paris."
    assert server.requests[0].headers["x-openrouter-title"] == "Tests"


def test_two_calls_sharing_one_id_each_get_their_result(server: ScriptServer, mode: str) -> None:
    calls = [call("dup", "add", a=1, b=1), call("dup", "add", a=2, b=2)]
    server.script(
        Turn(expect=[user("go")], reply=completion(calls=calls)),
        Turn(
            expect=[
                user("go"),
                assistant_calls(calls),
                tool_result("dup", "2"),
                tool_result("dup", "4"),
            ],
            reply=completion("2 and 4"),
        ),
    )
    run = drive(mode)(server.core(), "go", tools=[add]).unwrap()
    assert [r.content for r in run.steps[0].tool_results] == ["2", "4"]


def test_pending_calls_and_problems_read_easily(server: ScriptServer, mode: str) -> None:
    calls = [call("c1", "delete_file", path="/tmp/x"), call("c2", "nope")]
    server.script(Turn(expect=None, reply=completion(calls=calls)))
    run = drive(mode)(server.core(), "go", tools=[delete_file]).unwrap()
    [pending] = run.pending_tool_calls
    assert (pending.id, pending.name, pending.arguments) == (
        "c1",
        "delete_file",
        {"path": "/tmp/x"},
    )
    [problem] = run.steps[0].tool_results
    assert problem.error == problem.content and "no tool named 'nope'" in problem.error


def test_odd_input_and_odd_answers_are_values_never_exceptions(
    server: ScriptServer, mode: str
) -> None:
    core = server.core()
    for request in (
        {"messages": [user("go")], "tools": 5},
        {"messages": "go"},
    ):
        assert isinstance(drive(mode)(core, request).failure(), SDKValidationError)
    # extra_fields that is not a dict is refused by chat_send, by name, before sending.
    refused = drive(mode)(core, {"messages": [user("go")], "extra_fields": "x"}).failure()
    assert isinstance(refused, SDKValidationError) and refused.field == "extra_fields"
    assert server.request_count == 0

    def broken(steps: Any) -> bool:
        raise RuntimeError("my condition is broken")

    odd = completion(calls=[call("c1", "add", a=1, b=1)])
    odd["choices"][0]["message"]["tool_calls"].append({"id": 7, "function": "not an object"})
    server.script(Turn(expect=None, reply=odd))
    result = drive(mode)(core, "go", tools=[add], stop_when=broken)
    error = result.failure()
    assert isinstance(error, SDKValidationError) and error.field == "stop_when"
    assert "my condition is broken" in str(error)
    [step] = error.partial_run.steps
    assert [r.problem for r in step.tool_results] == [None, "unknown_tool"]

    server.script(Turn(expect=None, reply={**completion("x"), "choices": {"not": "a list"}}))
    run = drive(mode)(core, "go").unwrap()
    assert run.text == "" and run.stopped_by == "finished"
