"""Hooks around each HTTP attempt, as the TypeScript SDK offers them.

A hook sees a :class:`HookContext` that names the operation but never holds the API key, and
the real request or response: the request's ``Authorization`` header holds the key, because
hooks exist to sign requests or swap credentials. A hook must not log that header.
``before_request`` may return a replacement ``httpx.Request``, or an ``OpenRouterBaseError`` to
refuse the call: it then fails with that error, unsent (how a budget or a limiter that gave up
waiting says no); ``after_success`` may return a replacement ``httpx.Response``; ``after_error``
observes failures. A hook may be a coroutine
function when the core is used with ``_async`` functions (a sync call refuses it). A hook that
raises turns the call into ``Failure(UnexpectedClientError)``; it never escapes to the caller.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

import attrs
import httpx

if TYPE_CHECKING:
    from openrouter_core.errors import OpenRouterBaseError


@attrs.frozen(kw_only=True)
class HookContext:
    """What a hook may know about the call: never the API key."""

    operation_id: str
    method: str
    base_url: str
    #: 1 for the first attempt, 2 for the first retry, and so on.
    attempt: int
    #: The call's tag (``RequestOptions(tag=...)``), by which a ledger adds up its spend.
    tag: str | None = None
    #: Seconds the attempt may take (the call's ``timeout_ms``; None: no limit): the most a
    #: hook should make it wait.
    timeout: float | None = None
    #: True in an ``_async`` function: the hook may return a coroutine (a sync call must not
    #: get one), so one hook can serve both.
    asynchronous: bool = False


BeforeRequestHook = Callable[
    [HookContext, httpx.Request],
    "httpx.Request | OpenRouterBaseError | Awaitable[httpx.Request | OpenRouterBaseError | None]"
    " | None",
]
AfterSuccessHook = Callable[
    [HookContext, httpx.Response], "httpx.Response | Awaitable[httpx.Response | None] | None"
]
AfterErrorHook = Callable[
    [HookContext, "httpx.Response | None", "Exception | None"], "Awaitable[None] | None"
]


@attrs.frozen(kw_only=True)
class Hooks:
    """The hooks to run on every call made with a core, in order."""

    before_request: Sequence[BeforeRequestHook] = ()
    after_success: Sequence[AfterSuccessHook] = ()
    after_error: Sequence[AfterErrorHook] = ()
