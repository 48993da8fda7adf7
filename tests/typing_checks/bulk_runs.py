"""User programs running many requests, as mypy --strict sees them (checked in CI, never run).

``run_many`` keeps the function's value type and widens its error type by the SDK's own
(``OpenRouterBaseError``: a callable that raised, an input with a repeated id), whether the
function is generated or the user's own, sync or async; request dicts need no annotation.
"""

from __future__ import annotations

from returns.result import Failure, Result, Success
from typing_extensions import assert_type

from openrouter_core import OpenRouterCore
from openrouter_core.errors import OpenRouterBaseError
from openrouter_core.models.chat_result import ChatResult
from openrouter_funcs.chat_send import (
    ChatSendError,
    ChatSendRequestDict,
    chat_send,
    chat_send_async,
)
from openrouter_funcs.credits_get_credits import (
    CreditsGetCreditsResponse,
    credits_get_credits_async,
)
from openrouter_funcs.models_list import ModelsListResponse
from openrouter_funcs.responses_send import (
    OpenResponsesResult,
    ResponsesSendError,
    ResponsesSendRequestDict,
    responses_send_async,
)
from openrouter_funcs.run_many import Job, run_many, run_many_async

core = OpenRouterCore(api_key="k")
ChatOutcome = Result[ChatResult, OpenRouterBaseError]


async def ask(core: OpenRouterCore, request: ChatSendRequestDict) -> ChatOutcome:
    return await chat_send_async(core, request, stream=False)


questions: list[ChatSendRequestDict] = [
    {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": q}]}
    for q in ["Capital of France?", "Capital of Peru?"]
]
for id, result in run_many(ask, core, questions):
    assert_type(id, str)
    assert_type(result, Result[ChatResult, OpenRouterBaseError])

for _, same in run_many(ask, core, [Job("q1", questions[0])], ordered=True):
    assert_type(same, Result[ChatResult, OpenRouterBaseError])

# A generated function that can stream (overloaded: streaming or not) needs no wrapper: it is
# typed by its stream=False form, sync or async, in both runners.
for _, direct in run_many(chat_send_async, core, questions):
    assert_type(direct, Result[ChatResult, ChatSendError | OpenRouterBaseError])

for _, direct_sync in run_many(chat_send, core, [Job("q1", questions[0])]):
    assert_type(direct_sync, Result[ChatResult, ChatSendError | OpenRouterBaseError])

for _, literal in run_many(chat_send, core, [{"model": "openai/gpt-4o-mini", "messages": []}]):
    assert_type(literal, Result[ChatResult, ChatSendError | OpenRouterBaseError])

inputs: list[ResponsesSendRequestDict] = [{"model": "openai/gpt-4o-mini", "input": "Hello"}]
for _, answered in run_many(responses_send_async, core, inputs):
    assert_type(answered, Result[OpenResponsesResult, ResponsesSendError | OpenRouterBaseError])


async def direct_async() -> None:
    async for _, streamed in run_many_async(chat_send_async, core, questions):
        assert_type(streamed, Result[ChatResult, ChatSendError | OpenRouterBaseError])
    async for _, job in run_many_async(chat_send_async, core, [Job("q2", questions[1])]):
        assert_type(job, Result[ChatResult, ChatSendError | OpenRouterBaseError])


for _, credits in run_many(credits_get_credits_async, core, [None, None]):
    assert_type(credits, Result[CreditsGetCreditsResponse, OpenRouterBaseError])


class RowError(Exception):
    """The user's own error type."""


def score(core: OpenRouterCore, row: int) -> Result[float, RowError]:
    return Success(row / 2) if row else Failure(RowError("empty row"))


for _, scored in run_many(score, core, range(10), results_path="scores.jsonl"):
    assert_type(scored, Result[float, RowError | OpenRouterBaseError])


async def main() -> list[ModelsListResponse]:
    async def models(core: OpenRouterCore, _: None) -> Result[ModelsListResponse, RowError]:
        return Failure(RowError("offline"))

    found = []
    async for _, listed in run_many_async(models, core, [Job("a", None)]):
        assert_type(listed, Result[ModelsListResponse, RowError | OpenRouterBaseError])
        if isinstance(listed, Success):
            found.append(listed.unwrap())
    return found


run_many(score, core, ["not a row"])  # type: ignore[arg-type]
