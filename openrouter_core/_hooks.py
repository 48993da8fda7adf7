"""Hooks around each HTTP attempt, as the TypeScript SDK offers them.

A hook sees a :class:`HookContext` that names the operation but never holds the API key, and
the real request or response: the request's ``Authorization`` header holds the key, because
hooks exist to sign requests or swap credentials. A hook must not log that header.
``before_request`` may return a replacement ``httpx.Request``; ``after_success`` may return a
replacement ``httpx.Response``; ``after_error`` observes failures. A hook may be a coroutine
function when the core is used with ``_async`` functions (a sync call refuses it). A hook that
raises turns the call into ``Failure(UnexpectedClientError)``; it never escapes to the caller.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

import attrs
import httpx


@attrs.frozen(kw_only=True)
class HookContext:
    """What a hook may know about the call: never the API key."""

    operation_id: str
    method: str
    base_url: str
    #: 1 for the first attempt, 2 for the first retry, and so on.
    attempt: int

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(self, *, operation_id: str, method: str, base_url: str, attempt: int) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("operation_id", operation_id)
        _setattr("method", method)
        _setattr("base_url", base_url)
        _setattr("attempt", attempt)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"operation_id={self.operation_id!r}, "
            f"method={self.method!r}, "
            f"base_url={self.base_url!r}, "
            f"attempt={self.attempt!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.operation_id, self.method, self.base_url, self.attempt) == (
            other.operation_id,
            other.method,
            other.base_url,
            other.attempt,
        )

    def __hash__(self) -> int:
        return hash(("HookContext", self.operation_id, self.method, self.base_url, self.attempt))

    # --- end of attrs methods ---


BeforeRequestHook = Callable[
    [HookContext, httpx.Request], "httpx.Request | Awaitable[httpx.Request | None] | None"
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        before_request: Sequence[BeforeRequestHook] = (),
        after_success: Sequence[AfterSuccessHook] = (),
        after_error: Sequence[AfterErrorHook] = (),
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("before_request", before_request)
        _setattr("after_success", after_success)
        _setattr("after_error", after_error)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"before_request={self.before_request!r}, "
            f"after_success={self.after_success!r}, "
            f"after_error={self.after_error!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.before_request, self.after_success, self.after_error) == (
            other.before_request,
            other.after_success,
            other.after_error,
        )

    def __hash__(self) -> int:
        return hash(("Hooks", self.before_request, self.after_success, self.after_error))

    # --- end of attrs methods ---
