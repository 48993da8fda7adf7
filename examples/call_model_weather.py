"""Let a model call two Python functions (in parallel) and stream its answer to the terminal.

With OPENROUTER_API_KEY set this calls the live API; without it, the offline stand-in
(openrouter_core.testing) plays a scripted two-step conversation: the model asks for both
tools at once, then answers from their results.
"""

from __future__ import annotations

import os
import sys

import attrs
from returns.result import Failure, Success

from openrouter_core import BackoffStrategy, OpenRouterCore, RetryConfig
from openrouter_core.testing import StandInTransport, chat_turn, standin_core
from openrouter_funcs import (
    RunFinished,
    TextDelta,
    ToolCall,
    call_model_stream,
    step_count_is,
    tool,
)
from openrouter_funcs.chat_send import ChatSendRequestDict


@attrs.frozen
class Weather:
    """The weather in one place."""

    city: str
    celsius: float
    sky: str


@tool
def get_weather(city: str) -> Weather:
    """The current weather in a city.

    Args:
        city: The city's name, e.g. "Paris".
    """
    return Weather(city=city, celsius=21.5, sky="sunny")  # a real one would ask a service


@tool
def get_local_time(city: str) -> str:
    """The local time in a city, as HH:MM.

    Args:
        city: The city's name.
    """
    return "14:05"


def make_core() -> OpenRouterCore:
    if os.environ.get("OPENROUTER_API_KEY"):
        print("Calling the live OpenRouter API.")
        return OpenRouterCore(
            retry_config=RetryConfig(backoff=BackoffStrategy(max_elapsed_time=20_000))
        )
    print("OPENROUTER_API_KEY is not set: the offline stand-in plays the model.")
    script = [
        chat_turn(
            calls=[
                ("call_weather", "get_weather", {"city": "Paris"}),
                ("call_time", "get_local_time", {"city": "Paris"}),
            ]
        ),
        chat_turn("In Paris it is 21.5 °C and sunny, and the local time is 14:05."),
    ]
    return standin_core(transport=StandInTransport(scripts={"chat_send": script}))


def main() -> int:
    request: ChatSendRequestDict = {
        "model": "openai/gpt-4o-mini",
        "messages": [{"role": "user", "content": "What's the weather and the time in Paris?"}],
    }
    with (
        make_core() as core,
        call_model_stream(
            core, request, tools=[get_weather, get_local_time], stop_when=step_count_is(5)
        ) as stream,
    ):
        for item in stream:
            match item:
                case Success(TextDelta(text=text)):
                    print(text, end="", flush=True)
                case Success(ToolCall(name=name, arguments=arguments)):
                    print(f"[the model calls {name}({arguments})]")
                case Success(RunFinished(run=run)):
                    print(
                        f"\n{len(run.steps)} steps, {run.usage.total_tokens} tokens, ${run.cost:.6f}"
                    )
                case Failure(error):
                    print(f"\nfailed: {error}")
                    return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
