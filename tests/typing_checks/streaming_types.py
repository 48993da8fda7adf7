"""Checked by mypy --strict (see .ci/run), never run: the return type follows ``stream``."""

from __future__ import annotations

from returns.result import Result
from typing_extensions import assert_type

from openrouter_core import OpenRouterCore
from openrouter_core.dicts.chat_messages import ChatMessagesDict
from openrouter_core.models.chat_request import ChatRequest
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.models.chat_stream_chunk import ChatStreamChunk
from openrouter_core.streams import AsyncEventStream, EventStream
from openrouter_funcs.chat_send import (
    ChatSendError,
    ChatSendRequest,
    chat_send,
    chat_send_async,
)

core = OpenRouterCore(api_key="k")
messages: list[ChatMessagesDict] = [{"role": "user", "content": "Hi"}]

assert_type(
    chat_send(core, {"model": "openai/gpt-4o", "messages": messages, "stream": True}),
    Result[EventStream[ChatStreamChunk], ChatSendError],
)
assert_type(
    chat_send(core, {"model": "openai/gpt-4o", "messages": messages}),
    Result[ChatResult, ChatSendError],
)
assert_type(
    chat_send(core, {"model": "openai/gpt-4o", "messages": messages}, stream=True),
    Result[EventStream[ChatStreamChunk], ChatSendError],
)
request = ChatSendRequest(body=ChatRequest(messages=[], model="openai/gpt-4o"))
assert_type(
    chat_send(core, request, stream=False),
    Result[ChatResult, ChatSendError],
)
# Without stream=, the request class gives the body: its type cannot say stream=True.
assert_type(chat_send(core, request), Result[ChatResult, ChatSendError])
assert_type(
    chat_send(core, request, stream=True), Result[EventStream[ChatStreamChunk], ChatSendError]
)


async def check_async() -> None:
    assert_type(
        await chat_send_async(core, {"messages": messages, "stream": True}),
        Result[AsyncEventStream[ChatStreamChunk], ChatSendError],
    )
    assert_type(
        await chat_send_async(core, {"messages": messages}),
        Result[ChatResult, ChatSendError],
    )
