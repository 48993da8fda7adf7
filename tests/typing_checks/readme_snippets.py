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
    from openrouter_core.dicts.chat_messages import ChatMessagesDict
    from openrouter_core.models.chat_request import ChatRequest
    from openrouter_core.models.chat_result import ChatResult
    from openrouter_funcs.chat_send import ChatSendRequest, chat_send

    messages: list[ChatMessagesDict] = [{"role": "user", "content": "Hi"}]
    result = chat_send(core, {"model": "openai/gpt-4o", "messages": messages, "temperature": 0.2})
    # chat_send(core, {"mesages": messages})    <- mypy: no overload matches (misspelt key)
    # the same request as classes: the JSON body is its model, nested as body=
    request = ChatSendRequest(
        body=ChatRequest(model="openai/gpt-4o", messages=[]), app_title="Mine"
    )
    match chat_send(core, request):  # without stream=, the class gives the body: ChatResult
        case Success(ChatResult() as completion):
            print(completion.choices[0].message.content)


def snippet_3(core: OpenRouterCore) -> None:
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


def snippet_4(core: OpenRouterCore) -> None:
    from returns.result import Success, Failure
    from openrouter_funcs.byok_list_pages import byok_list_pages

    for page in byok_list_pages(core, {"limit": 100}):
        match page:
            case Success(response):
                for key in response.data:
                    print(key.name)
            case Failure(err):  # always the last item
                print("stopped:", err)


def snippet_5(core: OpenRouterCore) -> None:
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


def snippet_6(core: OpenRouterCore) -> None:
    from openrouter_core.testing import Fault, StandInTransport, standin_core

    core = standin_core()  # documented success examples
    core = standin_core(transport=StandInTransport(status_overrides={"getCredits": 401}))
    core = standin_core(transport=StandInTransport(faults=[Fault.status(503, on_call=1)]))


def snippet_7(core: OpenRouterCore) -> None:
    import pytest
    from openrouter_core import OpenRouterCore
    from openrouter_core.testing import Fault
    from openrouter_funcs.credits_get_credits import credits_get_credits

    def test_credits(openrouter_cassette: OpenRouterCore) -> None:
        assert credits_get_credits(openrouter_cassette).unwrap().data.total_credits >= 0

    @pytest.mark.openrouter(cassette="credits", faults=[Fault.cut(after_bytes=10)])
    def test_credits_when_the_connection_breaks(openrouter_cassette: OpenRouterCore) -> None:
        assert credits_get_credits(openrouter_cassette).failure()  # ConnectionError


def snippet_8(core: OpenRouterCore) -> None:
    from pytest_httpx import HTTPXMock
    from openrouter_core import OpenRouterCore
    from openrouter_core.testing import add_openrouter_response
    from openrouter_funcs.chat_send import chat_send

    def test_with_httpx_mock(httpx_mock: HTTPXMock) -> None:
        add_openrouter_response(httpx_mock, "getCredits", status=401)
        add_openrouter_response(httpx_mock, chat_send, stream=True)  # the documented events
        ...


def snippet_9(core: OpenRouterCore) -> None:
    from openrouter_core import spec_problems
    from openrouter_funcs.chat_send import chat_send

    result = chat_send(
        core, {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}
    )
    chat = result.unwrap()  # unwrap() raises if the call failed
    for path, problem in spec_problems(chat):  # () when the body fits the spec
        print(path, problem)  # e.g. "choices[0].finish_reason: required field missing"


def snippet_10(core: OpenRouterCore) -> None:
    import asyncio
    from openrouter_core import OpenRouterCore
    from openrouter_core.serverless import SERVERLESS_RETRY_CONFIG, SERVERLESS_TIMEOUT_MS
    from openrouter_funcs.chat_send import chat_send_async

    core = OpenRouterCore(retry_config=SERVERLESS_RETRY_CONFIG, timeout_ms=SERVERLESS_TIMEOUT_MS)

    async def handle(event: dict[str, str]) -> dict[str, object]:
        result = await chat_send_async(
            core, {"messages": [{"role": "user", "content": event["question"]}]}
        )
        answer = result.map(lambda completion: completion.choices[0].message.content)
        return {"statusCode": 200, "body": answer.value_or(None)}

    def lambda_handler(event: dict[str, str], context: object) -> dict[str, object]:
        return asyncio.run(handle(event))
