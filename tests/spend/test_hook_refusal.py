"""The mechanism budgets stand on: a before_request hook may refuse a call, which then fails
with the hook's error, unsent, sync and async, and the hooks after it do not run."""

from __future__ import annotations

import asyncio

import httpx

from openrouter_core import HookContext, Hooks
from openrouter_core.errors import SDKValidationError
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

from ..faultserver import FaultServer
from .helpers import core_for

NO = SDKValidationError("not during the maintenance window", field="when")


def test_a_hook_that_returns_an_error_refuses_the_call_unsent() -> None:
    later: list[str] = []

    def refuse(context: HookContext, request: httpx.Request) -> SDKValidationError:
        return NO

    def after(context: HookContext, request: httpx.Request) -> None:
        later.append(context.operation_id)

    with FaultServer() as server:
        core = core_for(server.url, hooks=Hooks(before_request=[refuse, after]))
        assert credits_get_credits(core).failure() is NO
        assert server.request_count == 0 and later == []


def test_an_async_hook_may_refuse_too() -> None:
    async def refuse(context: HookContext, request: httpx.Request) -> SDKValidationError | None:
        assert context.asynchronous and context.timeout == 600.0
        return NO if context.tag == "maintenance" else None

    async def main(url: str) -> None:
        core = core_for(url, hooks=Hooks(before_request=[refuse]))
        refused = await credits_get_credits_async(core, options={"tag": "maintenance"})
        assert refused.failure() is NO
        assert (await credits_get_credits_async(core)).unwrap().data.total_credits == 100.5
        await core.aclose()

    with FaultServer() as server:
        asyncio.run(main(server.url))
        assert server.request_count == 1
