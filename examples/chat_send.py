"""Ask a model one question with ``chat_send`` and print the answer.

With OPENROUTER_API_KEY set this calls the live API; without it, it answers from the offline
stand-in (openrouter_core.testing), which replays the spec's documented example, and says so.
"""

from __future__ import annotations

import os

from returns.result import Failure, Success

from openrouter_core import BackoffStrategy, OpenRouterCore, RetryConfig
from openrouter_core.accumulate import accumulate_chat
from openrouter_core.dicts.chat_messages import ChatMessagesDict
from openrouter_core.errors import (
    PaymentRequiredResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.streams import EventStream
from openrouter_core.testing import standin_core
from openrouter_funcs.chat_send import chat_send

APP_URL = "https://myapp.example"
APP_TITLE = "My App"


def make_core() -> OpenRouterCore:
    if os.environ.get("OPENROUTER_API_KEY"):
        print("Calling the live OpenRouter API.")
        quick = RetryConfig(backoff=BackoffStrategy(max_elapsed_time=20_000))
        return OpenRouterCore(retry_config=quick, http_referer=APP_URL, app_title=APP_TITLE)
    print("OPENROUTER_API_KEY is not set: answering from the offline stand-in.")
    return standin_core(http_referer=APP_URL, app_title=APP_TITLE)


def main() -> None:
    question: list[ChatMessagesDict] = [
        {"role": "user", "content": "What is the capital of France?"}
    ]
    with make_core() as core:
        # A dict literal (or ChatSendRequest) is the request; without
        # "stream": True the result holds the whole completion.
        result = chat_send(core, {"model": "openai/gpt-4o-mini", "messages": question})
        print(result)
        # A class pattern in each arm gives the value its type (mypy sees Success[Any] else).
        match result:
            case Success(ChatResult() as completion):
                print("answer:", completion.choices[0].message.content)
                if completion.usage is not None:
                    print("tokens:", completion.usage.total_tokens)
            case Failure(UnauthorizedResponseError() as err):
                print("bad key:", err.data.error.message if err.data else err.body)
            case Failure(PaymentRequiredResponseError() | TooManyRequestsResponseError() as err):
                print("try again later:", err)
            case Failure(err):
                print("failed:", err)

        # The same question, streamed: each item of the stream is a Result too.
        match chat_send(core, {"model": "openai/gpt-4o-mini", "messages": question}, stream=True):
            case Success(EventStream() as stream):
                with stream:
                    summary = accumulate_chat(stream)
                # A stream that ends without a finish reason (the stand-in's one example
                # event) has none to show.
                ending = f" ({summary.finish_reason})" if summary.finish_reason else ""
                print("streamed answer:", f"{summary.content}{ending}")
            case Failure(err):
                print("stream failed:", err)


if __name__ == "__main__":
    main()
