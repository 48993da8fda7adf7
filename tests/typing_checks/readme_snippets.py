# Generated from README.md by `python -m codegen`; do not edit.
"""README.md's Python snippets as functions, so mypy --strict checks them (never run)."""
# ruff: noqa: I001, F401, F841  (the README's imports and names, as a reader sees them)

from __future__ import annotations

from openrouter_core import OpenRouterCore


def snippet_1(core: OpenRouterCore) -> None:
    import os
    from returns.result import Success, Failure
    from openrouter_core import OpenRouterCore
    from openrouter_core.errors import UnauthorizedResponseError
    from openrouter_funcs.credits_get_credits import CreditsGetCreditsResponse, credits_get_credits

    core = OpenRouterCore(
        api_key=os.environ["OPENROUTER_API_KEY"],
        http_referer="https://myapp.example",
        app_title="My App",
        app_categories="cli-agent",
    )
    match credits_get_credits(core):
        case Success(CreditsGetCreditsResponse() as credits):
            print(credits.data.total_credits - credits.data.total_usage)
        case Failure(UnauthorizedResponseError() as err):
            print("bad key:", err.data.error.message if err.data else err.body)
        case Failure(err):
            print("failed:", err)


def snippet_2(core: OpenRouterCore) -> None:
    from returns.result import Success
    from openrouter_core.models.chat_request import ChatRequest
    from openrouter_core.models.chat_result import ChatResult
    from openrouter_funcs.chat_send import ChatSendRequest, ChatSendRequestDict, chat_send

    hello: ChatSendRequestDict = {
        "model": "openai/gpt-4o",
        "messages": [{"role": "user", "content": "Hi"}],
        "temperature": 0.2,
    }
    result = chat_send(core, hello)
    # hello: ChatSendRequestDict = {"model": "openai/gpt-4o", "mesages": []}   gives, from mypy:
    #   error: Missing key "messages" for TypedDict "ChatSendRequestDict"  [typeddict-item]
    #   error: Extra key "mesages" for TypedDict "ChatSendRequestDict"  [typeddict-unknown-key]
    # (the same literal inline, chat_send(core, {...}), gets only "No overload variant matches")
    # the same request as classes: the JSON body is its model, nested as body=
    request = ChatSendRequest(
        body=ChatRequest(model="openai/gpt-4o", messages=[]), app_title="Mine"
    )
    match chat_send(core, request):  # without stream=, the class gives the body: ChatResult
        case Success(ChatResult() as completion):
            print(completion.choices[0].message.content)


def snippet_3(core: OpenRouterCore) -> None:
    import json
    from returns.result import Success
    from openrouter_core import as_message_param, message_text, response_info, to_dict
    from openrouter_core.dicts.chat_messages import ChatMessagesDict
    from openrouter_core.models.chat_result import ChatResult
    from openrouter_funcs.chat_send import chat_send

    messages: list[ChatMessagesDict] = [{"role": "user", "content": "Hi"}]
    match chat_send(core, {"model": "openai/gpt-4o", "messages": messages}):
        case Success(ChatResult() as chat):
            print(message_text(chat))  # str: text parts joined, "" when none
            messages.append(as_message_param(chat.choices[0].message))  # tool calls, reasoning kept
            body = json.dumps(to_dict(chat))  # what a serverless handler returns
            info = response_info(chat)  # status, headers, request id, attempts, time
            if info is not None:
                print(info.status_code, info.request_id, info.rate_limit_remaining, info.elapsed_ms)


def snippet_4(core: OpenRouterCore) -> None:
    from returns.result import Failure, Success
    from openrouter_core.models.chat_stream_chunk import ChatStreamChunk
    from openrouter_core.streams import EventStream
    from openrouter_funcs.chat_send import chat_send

    match chat_send(
        core,
        {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Hi"}], "stream": True},
    ):
        case Success(EventStream() as stream):
            with stream:  # closes the HTTP response, even on break
                for item in stream:
                    match item:
                        case Success(ChatStreamChunk() as chunk):
                            if chunk.choices:  # the last chunk may carry only usage
                                print(chunk.choices[0].delta.content or "", end="")
                        case Failure(err):
                            print("stream failed:", err)
        case Failure(err):
            print("request failed:", err)


def snippet_5(core: OpenRouterCore) -> None:
    from returns.result import Success, Failure
    from openrouter_funcs.byok_list_pages import byok_list_pages

    for page in byok_list_pages(core, {"limit": 100}):
        match page:
            case Success(response):
                for key in response.data:
                    print(key.name)
            case Failure(err):  # always the last item
                print("stopped:", err)


def snippet_6(core: OpenRouterCore) -> None:
    from returns.result import Success, Failure
    from openrouter_core.pagination import items
    from openrouter_funcs.files_list_pages import files_list_pages

    for file in items(files_list_pages(core, {"limit": 500})):
        match file:
            case Success(entry) if not isinstance(entry, dict):
                print(entry.filename)  # an OpenRouter-, OpenAI- or Anthropic-shaped file
            case Success(entry):
                print("a file of a shape this SDK does not know yet:", entry)
            case Failure(err):  # always the last item
                print("stopped:", err)


def snippet_7(core: OpenRouterCore) -> None:
    from returns.result import Failure, Result, Success
    from openrouter_core import OpenRouterCore, message_text
    from openrouter_core.errors import OpenRouterBaseError
    from openrouter_core.models.chat_result import ChatResult
    from openrouter_funcs.chat_send import ChatSendRequestDict, chat_send_async
    from openrouter_funcs.run_many import Job, run_many

    async def ask(core: OpenRouterCore, question: str) -> Result[ChatResult, OpenRouterBaseError]:
        request: ChatSendRequestDict = {
            "model": "openai/gpt-4o-mini",
            "messages": [{"role": "user", "content": question}],
        }
        return await chat_send_async(core, request, stream=False)

    core = OpenRouterCore()  # the key from OPENROUTER_API_KEY
    questions = {"fr": "Capital of France?", "pe": "Capital of Peru?"}  # or a generator of rows
    jobs = (Job(key, question) for key, question in questions.items())
    for key, result in run_many(ask, core, jobs, concurrency=32, results_path="answers.jsonl"):
        match result:
            case Success(ChatResult() as chat):
                print(key, message_text(chat))
            case Failure(err):
                print(key, "failed (a rerun retries it):", err)


def snippet_8(core: OpenRouterCore) -> None:
    from returns.result import Failure, Success
    from openrouter_core import OpenRouterCore
    from openrouter_core.errors import BatchIncompleteError, TooManyRequestsResponseError
    from openrouter_funcs.batches import batch_results, submit_batch, wait_batch
    from openrouter_funcs.run_many import Job

    def label_overnight(core: OpenRouterCore, questions: dict[str, str]) -> None:
        jobs = [
            Job(
                key,
                {
                    "model": "openai/gpt-4o-mini",
                    "messages": [{"role": "user", "content": question}],
                },
            )
            for key, question in questions.items()
        ]
        batch = submit_batch(core, jobs).bind(
            lambda submitted: wait_batch(core, submitted, timeout=24 * 3600)
        )
        match batch:
            case Success(ended):
                for custom_id, result in batch_results(core, ended):
                    match result:
                        case Success(body):
                            print(custom_id, body.choices[0].message.content)
                        case Failure(BatchIncompleteError() as err):  # expired, failed, cancelled
                            print("the batch", err.status, "- its results above are kept")
                        case Failure(TooManyRequestsResponseError()):  # the class a call would get
                            print(custom_id, "was rate limited: send it again")
                        case Failure(err):
                            print(custom_id, "failed:", err)
            case Failure(err):  # refused input, an HTTP error, or the 24 h wait ran out
                print("no batch:", err)


def snippet_9(core: OpenRouterCore) -> None:
    from typing import Literal
    from openrouter_funcs import tool

    @tool
    def get_weather(city: str, unit: Literal["c", "f"] = "c") -> dict[str, float]:
        """Current weather in a city.

        Args:
            city: The city's name, e.g. "Lyon".
            unit: Celsius or Fahrenheit.
        """
        return {"temperature": 21.5}

    print(get_weather("Lyon"))  # still the function, signature and all (mypy too)
    print(get_weather.definition().unwrap())  # the request's `tools` entry


def snippet_10(core: OpenRouterCore) -> None:
    from returns.result import Failure, Success
    from openrouter_core.dicts.chat_messages import ChatMessagesDict
    from openrouter_funcs import ModelRun, call_model, tool

    @tool
    def get_weather(city: str) -> str:
        """Current weather in a city.

        Args:
            city: The city's name.
        """
        return "sunny, 21 C"

    question: list[ChatMessagesDict] = [{"role": "user", "content": "Weather in Lyon?"}]
    match call_model(
        core, {"model": "openai/gpt-4o-mini", "messages": question}, tools=[get_weather]
    ):
        case Success(ModelRun() as run):
            print(run.text, run.stopped_by, len(run.steps), run.usage.total_tokens, run.cost)
        case Failure(err):
            print("run failed:", err, "- steps done:", len(err.partial_run.steps))


def snippet_11(core: OpenRouterCore) -> None:
    from openrouter_core.testing import StandInTransport, chat_turn, standin_core
    from openrouter_funcs import call_model, resume_run, tool

    @tool(require_approval=True)
    def delete_file(path: str) -> str:
        """Delete a file."""
        return f"deleted {path}"

    script = [chat_turn(calls=[("call_1", "delete_file", {"path": "/tmp/x"})]), chat_turn("Done.")]
    offline = standin_core(
        transport=StandInTransport(scripts={"chat_send": script})
    )  # or your core

    run = call_model(offline, "Clean up /tmp/x", tools=[delete_file]).unwrap()
    for pending in run.pending_tool_calls:  # pending.awaiting_approval: True
        print("asks to run", pending.call.name, pending.call.arguments)
    decisions = {pending.call.id: True for pending in run.pending_tool_calls}  # or "reason" to deny
    print(resume_run(offline, run, decisions, tools=[delete_file]).unwrap().text)


def snippet_12(core: OpenRouterCore) -> None:
    from returns.result import Failure, Success
    from openrouter_funcs import RunFinished, TextDelta, ToolCall, call_model_stream, text_deltas

    with call_model_stream(core, "Weather in Lyon?") as stream:
        for item in stream:
            match item:
                case Success(TextDelta(text=text)):
                    print(text, end="")
                case Success(ToolCall(name=name, arguments=arguments)):
                    print(f"[calls {name}({arguments})]")
                case Success(RunFinished(run=run)):
                    print("\nsteps:", len(run.steps))
                case Failure(err):
                    print("stream failed:", err)

    with call_model_stream(core, "Say hello.") as stream:
        print("".join(text_deltas(stream)))  # just the text; stream.result holds the run


def snippet_13(core: OpenRouterCore) -> None:
    import attrs
    from returns.result import Failure, Success
    from openrouter_core.errors import OutputRefusedError, OutputValidationError
    from openrouter_funcs import Parsed, chat_parse

    @attrs.frozen
    class City:
        """A city and what it is known for."""

        name: str
        country: str
        known_for: list[str]

    question = "Tell me about Lyon."  # or any chat_send request (model, messages, ...)
    match chat_parse(core, question, output=City):
        case Success(Parsed(value=city)):  # Parsed(result=ChatResult, value=City)
            print(city.name, city.known_for)
        case Failure(OutputValidationError() as misfit):
            print("the reply does not fit at", misfit.path, "-", misfit.problem)
        case Failure(OutputRefusedError() as refused):
            print("the model refused:", refused.refusal)
        case Failure(err):
            print("request failed:", err)


def snippet_14(core: OpenRouterCore) -> None:
    from openrouter_core.testing import Fault, StandInTransport, standin_core

    core = standin_core()  # documented success examples
    core = standin_core(transport=StandInTransport(status_overrides={"getCredits": 401}))
    core = standin_core(transport=StandInTransport(faults=[Fault.status(503, on_call=1)]))


def snippet_15(core: OpenRouterCore) -> None:
    import pytest
    from openrouter_core import OpenRouterCore
    from openrouter_core.testing import Fault
    from openrouter_funcs.credits_get_credits import credits_get_credits

    def test_credits(openrouter_cassette: OpenRouterCore) -> None:
        assert credits_get_credits(openrouter_cassette).unwrap().data.total_credits >= 0

    @pytest.mark.openrouter(cassette="credits", faults=[Fault.cut(after_bytes=10)])
    def test_credits_when_the_connection_breaks(openrouter_cassette: OpenRouterCore) -> None:
        assert credits_get_credits(openrouter_cassette).failure()  # ConnectionError


def snippet_16(core: OpenRouterCore) -> None:
    from pytest_httpx import HTTPXMock
    from openrouter_core import OpenRouterCore
    from openrouter_core.testing import add_openrouter_response
    from openrouter_funcs.chat_send import chat_send

    def test_with_httpx_mock(httpx_mock: HTTPXMock) -> None:
        add_openrouter_response(httpx_mock, "getCredits", status=401)
        add_openrouter_response(httpx_mock, chat_send, stream=True)  # the documented events
        ...


def snippet_17(core: OpenRouterCore) -> None:
    from openrouter_core import spec_problems
    from openrouter_funcs.chat_send import chat_send

    result = chat_send(
        core, {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}
    )
    chat = result.unwrap()  # unwrap() raises if the call failed
    for path, problem in spec_problems(chat):  # () when the body fits the spec
        print(path, problem)  # e.g. "choices[0].finish_reason: required field missing"


def snippet_18(core: OpenRouterCore) -> None:
    import asyncio
    from openrouter_core import OpenRouterCore
    from openrouter_core.serverless import (
        SERVERLESS_RETRY_CONFIG,
        SERVERLESS_STREAM_IDLE_TIMEOUT_MS,
        SERVERLESS_TIMEOUT_MS,
    )
    from openrouter_funcs.chat_send import chat_send_async

    core = OpenRouterCore(
        retry_config=SERVERLESS_RETRY_CONFIG,
        timeout_ms=SERVERLESS_TIMEOUT_MS,
        stream_idle_timeout_ms=SERVERLESS_STREAM_IDLE_TIMEOUT_MS,
    )

    async def handle(event: dict[str, str]) -> dict[str, object]:
        result = await chat_send_async(
            core, {"messages": [{"role": "user", "content": event["question"]}]}
        )
        answer = result.map(lambda completion: completion.choices[0].message.content)
        return {"statusCode": 200, "body": answer.value_or(None)}

    def lambda_handler(event: dict[str, str], context: object) -> dict[str, object]:
        return asyncio.run(handle(event))


def snippet_19(core: OpenRouterCore) -> None:
    from returns.result import Failure, Success
    from openrouter_core import (
        Budget,
        OpenRouterCore,
        RateLimiter,
        RequestOptions,
        UsageLedger,
        fallback_attempts,
        generation_stats,
        with_fallbacks,
    )
    from openrouter_core.errors import BudgetExceededError
    from openrouter_funcs.chat_send import chat_send

    ledger = UsageLedger([Budget(max_usd=20.0), Budget(max_usd=1.0, tag="batch")])
    limiter = RateLimiter(max_concurrent=8, requests_per_second=5)
    core = OpenRouterCore(ledger=ledger, limiter=limiter)

    send = with_fallbacks(chat_send, models=["openai/gpt-4o", "anthropic/claude-3.5-sonnet"])
    result = send(
        core,
        {"messages": [{"role": "user", "content": "Hi"}]},
        options=RequestOptions(tag="batch"),
    )
    match result:
        case Success(answer):
            print([attempt.model for attempt in fallback_attempts(answer)])
            print(generation_stats(core, answer, timeout=30))  # waits out /generation's 404s
        case Failure(BudgetExceededError() as refused):
            print(refused)  # names the budget and what was spent; nothing was sent
    print(ledger.total().cost_usd, ledger.by_model(), ledger.by_tag(), ledger.rows())
