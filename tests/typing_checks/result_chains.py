"""User programs chaining Results, as mypy --strict sees them (checked in CI, never run).

``.bind``/``.lash`` with the user's own ``Result[U, OpenRouterBaseError]`` functions need no
annotation, and a function returning from every ``match`` arm ends with ``case _``.
"""

from __future__ import annotations

from returns.result import Failure, Result, Success
from typing_extensions import assert_type

from openrouter_core import OpenRouterCore
from openrouter_core.errors import (
    OpenRouterBaseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.chat_result import ChatResult
from openrouter_funcs.chat_send import chat_send
from openrouter_funcs.credits_get_credits import CreditsGetCreditsResponse, credits_get_credits

core = OpenRouterCore(api_key="k")


def remaining(credits: CreditsGetCreditsResponse) -> Result[float, OpenRouterBaseError]:
    left = credits.data.total_credits - credits.data.total_usage
    return Success(left) if left > 0 else Failure(OpenRouterBaseError("no credits left"))


def ask(left: float) -> Result[ChatResult, OpenRouterBaseError]:
    return chat_send(core, {"messages": [{"role": "user", "content": f"I have {left} left"}]})


def retry_later(
    error: OpenRouterBaseError,
) -> Result[CreditsGetCreditsResponse, OpenRouterBaseError]:
    if isinstance(error, TooManyRequestsResponseError):
        return credits_get_credits(core)
    return Failure(error)


# A chain of the SDK's functions and the user's, with no annotation on any intermediate.
assert_type(credits_get_credits(core).bind(remaining), Result[float, OpenRouterBaseError])
answer = credits_get_credits(core).lash(retry_later).bind(remaining).bind(ask)
assert_type(answer, Result[ChatResult, OpenRouterBaseError])
left = credits_get_credits(core).map(lambda c: c.data.total_credits).value_or(0.0)
assert_type(left, float)


def describe(result: Result[CreditsGetCreditsResponse, OpenRouterBaseError]) -> str:
    """Returns from every arm: the final ``case _`` tells mypy the match is complete."""
    match result:
        case Success(CreditsGetCreditsResponse() as credits):
            return f"{credits.data.total_credits} credits"
        case Failure(UnauthorizedResponseError()):
            return "bad key"
        case Failure(OpenRouterBaseError() as error):
            return f"failed: {error}"
        case _:  # Success and Failure cover every Result, but mypy cannot know it
            raise AssertionError("unreachable")


def describe_without_the_final_case(  # type: ignore[return]
    result: Result[CreditsGetCreditsResponse, OpenRouterBaseError],
) -> str:
    match result:
        case Success(CreditsGetCreditsResponse() as credits):
            return f"{credits.data.total_credits} credits"
        case Failure(error):
            return f"failed: {error}"
