"""User programs as mypy --strict sees them (checked in CI by .ci/run, never run).

Each ``# type: ignore[code]`` marks an error mypy MUST report: the project's mypy settings
warn about unused ignores, so if a misspelt key or a wrong value type stopped being an error,
this file would fail the check. Lines without one must type-check cleanly.
"""

from __future__ import annotations

from returns.result import Failure, Result, Success
from typing_extensions import assert_type

from openrouter_core import OpenRouterCore
from openrouter_core.dicts.chat_messages import ChatMessagesDict
from openrouter_core.models.chat_request import ChatRequest
from openrouter_core.models.chat_result import ChatResult
from openrouter_funcs.api_keys_create import ApiKeysCreateRequestDict, api_keys_create
from openrouter_funcs.chat_send import (
    ChatSendError,
    ChatSendRequest,
    ChatSendRequestDict,
    chat_send,
)
from openrouter_funcs.credits_get_credits import (
    CreditsGetCreditsError,
    CreditsGetCreditsResponse,
    credits_get_credits,
)

core = OpenRouterCore(api_key="k")
hello: list[ChatMessagesDict] = [{"role": "user", "content": "Hi"}]

# --- dict literals: correct ones pass ------------------------------------------------------
chat_send(core, {"model": "openai/gpt-4o", "messages": hello, "temperature": 0.2})
chat_send(core, {"messages": [{"role": "system", "content": "Be brief."}], "max_tokens": 10})
chat_send(core, {"messages": hello, "reasoning": {"effort": "high"}, "app_title": "Mine"})
request_dict: ChatSendRequestDict = {"messages": hello, "provider": {"allow_fallbacks": False}}
api_keys_create(core, {"name": "ci key", "limit": 5.0})

# --- dict literals: a misspelt key or a wrong value type is an error ----------------------
# (In a call, mypy reports the overload that no longer fits; assigned, the key itself.)
chat_send(core, {"mesages": hello})  # type: ignore[call-overload]
chat_send(core, {"messages": hello, "temperature": "hot"})  # type: ignore[call-overload]
chat_send(core, {"messages": hello, "max_tokens": "10"})  # type: ignore[call-overload]
chat_send(core, {"messages": [{"role": "user", "contnet": "Hi"}]})  # type: ignore[call-overload]
chat_send(core, {"messages": hello, "reasoning": {"efort": "high"}})  # type: ignore[call-overload]
bad_key: ApiKeysCreateRequestDict = {"name": "k", "limt": 5.0}  # type: ignore[typeddict-unknown-key]
bad_value: ApiKeysCreateRequestDict = {"name": "k", "limit": "five"}  # type: ignore[typeddict-item]
missing: ApiKeysCreateRequestDict = {"limit": 5.0}  # type: ignore[typeddict-item]

# --- the request class without stream= returns the body type --------------------------------
body = ChatRequest(messages=[], model="openai/gpt-4o")
assert_type(chat_send(core, ChatSendRequest(body=body)), Result[ChatResult, ChatSendError])

# --- match arms in README's style have the precise type ------------------------------------
match credits_get_credits(core):
    case Success(CreditsGetCreditsResponse() as credits):
        assert_type(credits, CreditsGetCreditsResponse)
        assert_type(credits.data.total_credits, float)
    case Failure(error):
        print(error)

match chat_send(core, {"messages": hello}):
    case Success(ChatResult() as completion):
        assert_type(completion, ChatResult)
    case Failure(error):
        print(error)

# The forms without a class pattern type too: .map, .value_or, .unwrap.
remaining = credits_get_credits(core).map(lambda c: c.data.total_credits - c.data.total_usage)
assert_type(remaining.value_or(0.0), float)

# --- discovery: the package's names are the functions, typed ---------------------------------
import openrouter_funcs  # noqa: E402

assert_type(
    openrouter_funcs.credits_get_credits(core),
    Result[CreditsGetCreditsResponse, CreditsGetCreditsError],
)

# --- a message dict must say its role -----------------------------------------------------
no_role: ChatMessagesDict = {"content": "Hi"}  # type: ignore[assignment]
chat_send(core, {"messages": [{"content": "Hi"}]})  # type: ignore[call-overload]
# The README's example of the precise messages an annotated literal gets.
misspelt: ChatSendRequestDict = {"model": "m", "mesages": []}  # type: ignore[typeddict-item, typeddict-unknown-key]
