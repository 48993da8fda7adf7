"""Print your remaining OpenRouter credits.

With OPENROUTER_API_KEY set this calls the live API; without it, it answers from an
in-process stand-in that replays the documented example, and says so.
"""

from __future__ import annotations

import os
from typing import TypedDict

import httpx
from returns.result import Failure, Success

from openrouter_core import BackoffStrategy, OpenRouterCore, RetryConfig
from openrouter_core.errors import UnauthorizedResponseError
from openrouter_funcs.credits_get_credits import CreditsGetCreditsResponse, credits_get_credits


class AppHeaders(TypedDict):
    """How this app identifies itself to OpenRouter."""

    http_referer: str
    app_title: str
    app_categories: str


#: The 200 example the OpenAPI spec documents for GET /credits.
DOCUMENTED_EXAMPLE = {"data": {"total_credits": 100.5, "total_usage": 25.75}}


def make_core() -> OpenRouterCore:
    app = AppHeaders(
        http_referer="https://myapp.example", app_title="My App", app_categories="cli-agent"
    )
    if os.environ.get("OPENROUTER_API_KEY"):
        print("Calling the live OpenRouter API.")
        # The documented default retries 5XX and network errors for up to an hour; a script
        # run by hand should give up sooner.
        quick = RetryConfig(backoff=BackoffStrategy(max_elapsed_time=20_000))
        return OpenRouterCore(retry_config=quick, **app)
    print("OPENROUTER_API_KEY is not set: answering from the offline stand-in.")
    stand_in = httpx.MockTransport(lambda request: httpx.Response(200, json=DOCUMENTED_EXAMPLE))
    return OpenRouterCore(api_key="offline", client=httpx.Client(transport=stand_in), **app)


def main() -> None:
    with make_core() as core:
        result = credits_get_credits(core)
    print(result)
    match result:
        case Success(CreditsGetCreditsResponse() as credits):
            print("remaining:", credits.data.total_credits - credits.data.total_usage)
        case Failure(UnauthorizedResponseError() as err):
            print("bad key:", err.data.error.message if err.data else err.body)
        case Failure(err):
            print("failed:", err)


if __name__ == "__main__":
    main()
