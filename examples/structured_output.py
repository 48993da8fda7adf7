"""Ask for an answer of a Python type: one call with ``chat_parse``, or a tool run with ``call_model``.

With OPENROUTER_API_KEY set this calls the live API; without it, the offline stand-in
(openrouter_core.testing) plays scripted replies. The request carries the type's JSON Schema
(``response_format``, strict); a reply that is not JSON or does not fit is a ``Failure``
(``OutputValidationError`` naming where), a refusal ``OutputRefusedError``.
"""

from __future__ import annotations

import json
import os
import sys

import attrs
from returns.result import Failure, Success

from openrouter_core import BackoffStrategy, OpenRouterCore, RetryConfig
from openrouter_core.errors import OutputRefusedError, OutputValidationError
from openrouter_core.testing import StandInTransport, chat_turn, standin_core
from openrouter_funcs import ModelRun, Parsed, call_model, chat_parse, tool
from openrouter_funcs.chat_send import ChatSendRequestDict

MODEL = "openai/gpt-4o-mini"


@attrs.frozen
class City:
    """A city and what it is known for."""

    name: str
    country: str
    population_millions: float
    known_for: list[str]


@tool
def population(city: str) -> float:
    """The population of a city, in millions.

    Args:
        city: The city's name.
    """
    return {"Lyon": 0.52}.get(city, 1.0)


def make_core() -> OpenRouterCore:
    if os.environ.get("OPENROUTER_API_KEY"):
        print("Calling the live OpenRouter API.")
        return OpenRouterCore(
            retry_config=RetryConfig(backoff=BackoffStrategy(max_elapsed_time=20_000))
        )
    print("OPENROUTER_API_KEY is not set: the offline stand-in plays the model.")
    lyon = {"name": "Lyon", "country": "France", "population_millions": 0.52, "known_for": ["food"]}
    script = [
        chat_turn(json.dumps(lyon | {"name": "Paris", "population_millions": 2.1})),  # chat_parse
        chat_turn(calls=[("call_1", "population", {"city": "Lyon"})]),  # call_model: a tool first
        chat_turn(json.dumps(lyon)),  # then the answer
    ]
    return standin_core(transport=StandInTransport(scripts={"chat_send": script}))


def main() -> int:
    with make_core() as core:
        match chat_parse(
            core,
            {"model": MODEL, "messages": [{"role": "user", "content": "Describe Paris."}]},
            output=City,
        ):
            case Success(Parsed(value=City() as city)):
                print(f"chat_parse: {city.name}, {city.country}: {city.population_millions} M")
            case Failure(OutputValidationError() as error):
                print(f"the reply does not fit City at {error.path}: {error.problem}")
                return 1
            case Failure(OutputRefusedError() as error):
                print("the model refused:", error.refusal)
                return 1
            case Failure(error):
                print("failed:", error)
                return 1

        request: ChatSendRequestDict = {
            "model": MODEL,
            "messages": [{"role": "user", "content": "Describe Lyon; look its population up."}],
        }
        match call_model(core, request, tools=[population], output=City):
            case Success(ModelRun() as run):
                print(f"call_model: {run.output} after {len(run.steps)} steps")
            case Failure(error):
                print("failed:", error)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
