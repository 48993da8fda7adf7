"""OpenRouterCore: the configuration and HTTP clients every function takes as its first argument."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from openrouter_core._call_context import (
    ApiKey,
    CallContext,
    decoding_for,
    resolve_key,
    timeout_for,
)
from openrouter_core._clock import SYSTEM_CLOCK, Clock
from openrouter_core._deferred_close import close_deferred, forget_deferred
from openrouter_core._hooks import Hooks
from openrouter_core._masking import USERINFO_REFUSED, url_with_userinfo_masked
from openrouter_core._retries import (
    DEFAULT_RETRY_CODES,
    RetryConfig,
    RetryRules,
    retry_config_problem,
)
from openrouter_core._version import __version__
from openrouter_core._with_blocks import AsyncClosesOnExit, ClosesOnExit
from openrouter_core.errors import SDKValidationError

if TYPE_CHECKING:
    # Kept off the import path: a sync serverless handler needs neither.
    import asyncio
    import logging
    import ssl

    from openrouter_core._ledger import UsageLedger
    from openrouter_core._limiter import RateLimiter

DEFAULT_SERVER_URL = "https://openrouter.ai/api/v1"
DEFAULT_TIMEOUT_MS = 600_000
#: The longest a stream may go without a byte (events, or OpenRouter's keep-alive comments).
DEFAULT_STREAM_IDLE_TIMEOUT_MS = 120_000
#: The most one server-sent event may hold before its stream ends with a Failure.
DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024
#: The most a response body read whole may hold; larger ones are a Failure, left unread.
DEFAULT_MAX_BODY_BYTES = 256 * 1024 * 1024
DEFAULT_USER_AGENT = (
    f"openrouter-funcs-python/{__version__} "
    f"(python {'.'.join(map(str, sys.version_info[:3]))}; httpx {httpx.__version__})"
)


def _key_from_env() -> str | None:
    return os.environ.get("OPENROUTER_API_KEY") or None


def _server_url_from_env() -> str:
    return os.environ.get("OPENROUTER_BASE_URL") or DEFAULT_SERVER_URL


def _positive_size(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A byte limit is a positive int, or None for no limit."""
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be an int number of bytes or None, not {value!r}")
    if value <= 0:
        raise ValueError(f"{attribute.name} must be positive (or None for no limit), not {value}")


def _type_name(value: Any) -> str:
    return type(value).__name__


def _api_key(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A key is a string, a zero-argument callable returning one, or None (no key)."""
    if value is not None and not isinstance(value, str) and not callable(value):
        raise TypeError(f"api_key must be a string, a callable or None, not {_type_name(value)}")


def _optional_text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a string or None, not {_type_name(value)}")


def _text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a string, not {_type_name(value)}")


def _http_url(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An absolute http(s) URL, or a path for a client's ``base_url``: else every call fails."""
    _text(instance, attribute, value)
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    absolute = parts.scheme in ("http", "https") and parts.hostname
    # A path alone joins the base_url of a client you pass (a gateway's, say).
    relative = not parts.scheme and not parts.netloc and value.startswith("/")
    if not absolute and not relative:
        raise ValueError(
            f"{attribute.name} must be an http(s) URL such as {DEFAULT_SERVER_URL!r} (or a "
            f"path joined to your client's base_url), not {value!r}"
        )


def _timeout_ms(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A timeout is None (no limit) or a positive, finite number of milliseconds."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{attribute.name} must be a number of milliseconds or None, not {value!r}")
    if not value > 0 or value == float("inf"):
        raise ValueError(
            f"{attribute.name} must be a positive number of milliseconds (or None for no "
            f"limit), not {value!r}"
        )


def _retry_config(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, RetryConfig):
        raise TypeError(
            f'{attribute.name} must be a RetryConfig (e.g. RetryConfig(strategy="none")), '
            f"not {_type_name(value)}"
        )
    problem = retry_config_problem(value)  # the rule per-call retries follow
    if problem:
        raise ValueError(f"{attribute.name}: {problem}")


def _hooks(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Hooks):
        raise TypeError(
            f"hooks must be a Hooks(before_request=[...], ...), not {_type_name(value)}"
        )
    for kind in ("before_request", "after_success", "after_error"):
        functions = getattr(value, kind)
        if isinstance(functions, (str, bytes)) or not hasattr(functions, "__iter__"):
            raise TypeError(f"hooks.{kind} must be a list of functions, not {functions!r}")
        for index, function in enumerate(functions):
            if not callable(function):
                raise TypeError(f"hooks.{kind}[{index}] must be a function, not {function!r}")


def _flag(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # A truthy string such as "no" would silently switch the setting on.
    if not isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be True or False, not {value!r}")


def _optional_instance(kind: type[Any]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, kind):
            raise TypeError(
                f"{attribute.name} must be an {kind.__module__}.{kind.__name__} or None, "
                f"not {_type_name(value)}"
            )

    return check


def _logger(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # Duck-typed, so a LoggerAdapter works and logging stays unimported.
    if value is not None and not all(
        callable(getattr(value, name, None)) for name in ("debug", "warning", "isEnabledFor")
    ):
        raise TypeError(f"debug_logger must be a logging.Logger or None, not {value!r}")


def _clock(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Clock):
        raise TypeError(f"clock must be a Clock (or a subclass), not {_type_name(value)}")


def _no_userinfo(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A server URL carries no ``user:password@`` (see ``url_with_userinfo_masked``)."""
    if isinstance(value, str):
        masked = url_with_userinfo_masked(value)
        if masked is not None:
            raise ValueError(f"{attribute.name} {USERINFO_REFUSED.format(url=masked)}")


def _ledger(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        from openrouter_core._ledger import UsageLedger

        if not isinstance(value, UsageLedger):
            raise TypeError(f"ledger must be a UsageLedger or None, not {_type_name(value)}")


def _limiter(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        from openrouter_core._limiter import RateLimiter

        if not isinstance(value, RateLimiter):
            raise TypeError(f"limiter must be a RateLimiter or None, not {_type_name(value)}")


#: Live loops (not running, not closed) whose clients a core keeps before it drops the oldest.
MAX_IDLE_LOOP_CLIENTS = 32


class _LoopClient:
    """The client a core made for one event loop, and the watcher that closes it with the loop."""

    __slots__ = ("client", "watcher")

    def __init__(self, client: httpx.AsyncClient, watcher: AsyncGenerator[None, None]) -> None:
        self.client = client
        self.watcher = watcher


async def _close_with_loop(
    client: httpx.AsyncClient, clients: weakref.ref[_Clients], loop: weakref.ref[Any]
) -> AsyncGenerator[None, None]:
    """Wait, suspended, until the loop shuts down; then close ``client`` and forget it.

    ``asyncio.run`` (and ``asyncio.Runner``, pytest-asyncio, uvloop) calls
    ``loop.shutdown_asyncgens()`` before closing a loop, which finalises every async generator
    the loop saw start, this one included, while the loop can still run ``aclose()``; trio
    finalises the async generators still alive when its run ends the same way.
    """
    try:
        yield
    finally:
        owner, running = clients(), loop()
        if owner is not None and running is not None:
            owner.forget(running, client)
        await client.aclose()


class _Clients:
    """What a core makes on first use: its own clients (closed by the core), and its closed flag.

    The only state a core changes after construction lives here: the HTTP clients it makes
    lazily (with their TLS context) and whether it was closed. Everything a call runs with is
    resolved when the core is made (its ``_context``), so nothing else is written into it later.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        #: Set by close()/aclose(): calls in flight end, later ones are refused.
        self.closed = False
        #: Set with ``closed``: wakes sync calls waiting to retry on the system clock.
        self.closing = threading.Event()
        self.sync: httpx.Client | None = None
        # An AsyncClient's pooled connections belong to one event loop, so a core used from
        # several loops (asyncio.run per serverless invocation) gets one client per loop. The
        # client's connections reference the loop, so this map alone would keep every loop
        # alive: entries leave when their loop shuts down (the watcher), is found closed, or
        # is the oldest of too many idle loops.
        self.per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopClient] = (
            weakref.WeakKeyDictionary()
        )
        #: The same for trio, keyed by each ``trio.run``'s token; trio finalises the watcher
        #: when its run ends, as asyncio does when its loop shuts down.
        self.per_trio_run: weakref.WeakKeyDictionary[object, _LoopClient] = (
            weakref.WeakKeyDictionary()
        )
        #: TLS settings (the CA bundle) loaded once and shared by every client made here.
        self.ssl_context: ssl.SSLContext | None = None

    def forget(self, loop: Any, client: httpx.AsyncClient) -> None:
        """Drop ``loop``'s entry (an asyncio loop or a trio run) if it still holds ``client``."""
        with self.lock:
            for table in (self.per_loop, self.per_trio_run):
                entry = table.get(loop)
                if entry is not None and entry.client is client:
                    del table[loop]

    def drop_stale_loops(self) -> None:
        """Forget clients of closed loops, and of the oldest idle loops past the bound (locked).

        A closed loop can no longer run ``aclose()``; dropping the client lets its transports
        be collected, which closes their sockets.
        """
        idle: list[asyncio.AbstractEventLoop] = []
        for loop in list(self.per_loop.keys()):
            if loop.is_closed():
                del self.per_loop[loop]
            elif not loop.is_running():
                idle.append(loop)
        for loop in idle[: max(0, len(idle) - MAX_IDLE_LOOP_CLIENTS)]:
            # Dropping the watcher hands it to the loop's own finaliser, which closes the
            # client the next time that loop runs.
            del self.per_loop[loop]

    def forget_inherited(self) -> None:
        """In a forked child: drop (never close) the clients whose sockets the parent still uses.

        Closing them here could shut down the parent's connections; dropping them only closes
        the child's copies of the descriptors. The lock is replaced, as another thread of the
        parent may have held it at the moment of the fork.
        """
        self.lock = threading.Lock()
        self.closing = threading.Event()  # as the lock: another thread may have held it
        if self.closed:
            self.closing.set()
        self.sync = None
        self.per_loop = weakref.WeakKeyDictionary()
        self.per_trio_run = weakref.WeakKeyDictionary()

    def shared_ssl_context(self) -> ssl.SSLContext:
        """One verifying TLS context for every client of this core (loading certifi is slow)."""
        if self.ssl_context is None:
            self.ssl_context = httpx.create_ssl_context()
        return self.ssl_context


#: Every ``_Clients`` that made a client, so a forked child can drop what it inherited.
_with_clients: weakref.WeakSet[_Clients] = weakref.WeakSet()


def _forget_inherited_clients() -> None:
    for clients in list(_with_clients):
        clients.forget_inherited()
    forget_deferred()


if hasattr(os, "register_at_fork"):  # not on Windows
    os.register_at_fork(after_in_child=_forget_inherited_clients)


@attrs.frozen(kw_only=True)
class OpenRouterCore(ClosesOnExit, AsyncClosesOnExit):
    """Configuration plus HTTP clients; immutable, and safe to share across threads and tasks.

    Clients you pass in are used as they are and never closed by the core; clients the core
    creates are made on first use and closed by ``close()``/``aclose()`` or its ``with``. The
    core makes one async client per event loop (asyncio's, or a ``trio.run``), closed when that
    loop shuts down. A process forked from one that made calls starts with fresh clients of its
    own (the parent's pooled sockets are never shared); a client you passed in is yours to
    replace after a fork.
    """

    # Every setting is checked here, once: a bad one is a TypeError or ValueError naming it
    # at construction, rather than the same Failure from every call.

    #: A key, or a zero-argument callable returning one (read on every request).
    api_key: ApiKey | None = attrs.field(factory=_key_from_env, repr=False, validator=_api_key)
    http_referer: str | None = attrs.field(default=None, validator=_optional_text)
    app_title: str | None = attrs.field(default=None, validator=_optional_text)
    app_categories: str | None = attrs.field(default=None, validator=_optional_text)
    server_url: str = attrs.field(factory=_server_url_from_env, validator=[_no_userinfo, _http_url])
    #: The most one attempt may take: connect, send, the head and a whole non-streamed body.
    timeout_ms: int | None = attrs.field(default=DEFAULT_TIMEOUT_MS, validator=_timeout_ms)
    #: The longest a stream (events or a download) may go without receiving a byte.
    stream_idle_timeout_ms: int | None = attrs.field(
        default=DEFAULT_STREAM_IDLE_TIMEOUT_MS, validator=_timeout_ms
    )
    retry_config: RetryConfig = attrs.field(factory=RetryConfig, validator=_retry_config)
    user_agent: str = attrs.field(default=DEFAULT_USER_AGENT, validator=_text)
    client: httpx.Client | None = attrs.field(
        default=None, repr=False, validator=_optional_instance(httpx.Client)
    )
    async_client: httpx.AsyncClient | None = attrs.field(
        default=None, repr=False, validator=_optional_instance(httpx.AsyncClient)
    )
    hooks: Hooks = attrs.field(factory=Hooks, repr=False, validator=_hooks)
    debug_logger: logging.Logger | None = attrs.field(default=None, repr=False, validator=_logger)
    #: Reject a response that does not fit the spec (ResponseValidationError naming the
    #: field) instead of reading it forgivingly; for contract checks against a staging API.
    strict: bool = attrs.field(default=False, validator=_flag)
    #: Sleeping and time, replaceable so tests never wait.
    clock: Clock = attrs.field(default=SYSTEM_CLOCK, repr=False, validator=_clock)
    #: A streamed event larger than this ends its stream with a Failure (None: no limit).
    max_event_bytes: int | None = attrs.field(
        default=DEFAULT_MAX_EVENT_BYTES, validator=_positive_size
    )
    #: A body read whole that is larger than this is a Failure, left unread (None: no limit).
    max_body_bytes: int | None = attrs.field(
        default=DEFAULT_MAX_BODY_BYTES, validator=_positive_size
    )
    #: Records the usage and cost of every call, and refuses calls once a budget is spent.
    ledger: UsageLedger | None = attrs.field(default=None, repr=False, validator=_ledger)
    #: Paces and bounds calls, shared with every core given the same limiter.
    limiter: RateLimiter | None = attrs.field(default=None, repr=False, validator=_limiter)
    _clients: _Clients = attrs.field(factory=_Clients, init=False, repr=False, eq=False)
    #: ``hooks`` with the ledger's and the limiter's around them: what every call runs.
    _call_hooks: Hooks = attrs.field(factory=Hooks, init=False, repr=False, eq=False)
    #: What a call without options runs with (see ``_call_context``), resolved here, once.
    _context: CallContext = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_call_hooks", self._hooks_with_ledger_and_limiter())
        object.__setattr__(self, "_context", _core_context(self))

    def _hooks_with_ledger_and_limiter(self) -> Hooks:
        if self.ledger is None and self.limiter is None:
            return self.hooks
        # The ledger refuses a call before the limiter makes it wait; the user's hooks see
        # the request as sent (to sign it, say) and the response first.
        parts = [part.hooks(self.clock) for part in (self.ledger, self.limiter) if part is not None]
        user = self.hooks
        return Hooks(
            before_request=[*(h for p in parts for h in p.before_request), *user.before_request],
            after_success=[*user.after_success, *(h for p in parts for h in p.after_success)],
            after_error=[*user.after_error, *(h for p in parts for h in p.after_error)],
        )

    def resolve_api_key(self) -> str | None:
        """The key for the next request (calls the key function if one was given)."""
        return resolve_key(self.api_key)

    def sync_client(self) -> httpx.Client:
        """The client for sync calls: the one given, or one made on first use."""
        # Streams dropped unclosed are closed here, where this thread holds no pool lock.
        close_deferred()
        if self.client is not None:
            return self.client
        clients = self._clients
        if clients.sync is None:
            with clients.lock:
                if clients.sync is None:
                    from openrouter_core._deadline_install import with_deadline_backend

                    # Redirects stay off: following one would need the key to stay on-host.
                    clients.sync = with_deadline_backend(httpx.Client(follow_redirects=False))
                    _with_clients.add(clients)
        return clients.sync

    def async_client_for_loop(self) -> httpx.AsyncClient:
        """The client for async calls: the one given, or one per event loop made on first use."""
        if self.async_client is not None:
            return self.async_client
        import asyncio

        clients = self._clients
        table: weakref.WeakKeyDictionary[Any, _LoopClient]
        try:
            loop: Any = asyncio.get_running_loop()
            table = clients.per_loop
        except RuntimeError:  # no asyncio loop: trio runs this call (httpx runs on both)
            from openrouter_core._async_runtime import current_loop

            loop, table = current_loop(), clients.per_trio_run
        entry = table.get(loop)
        if entry is not None:
            return entry.client
        with clients.lock:
            entry = table.get(loop)
            if entry is None:
                clients.drop_stale_loops()
                from openrouter_core._deadline_install import with_deadline_backend

                client = with_deadline_backend(
                    httpx.AsyncClient(follow_redirects=False, verify=clients.shared_ssl_context())
                )
                watcher = _close_with_loop(client, weakref.ref(clients), weakref.ref(loop))
                # Start it here, on the loop, so the loop tracks it; its first step only
                # reaches the ``yield``, so driving it by hand completes at once.
                with contextlib.suppress(StopIteration):
                    watcher.asend(None).send(None)
                entry = table[loop] = _LoopClient(client, watcher)
                _with_clients.add(clients)
        return entry.client

    @property
    def is_closed(self) -> bool:
        """Whether ``close()`` or ``aclose()`` was called: calls then end with RequestAbortedError."""
        return self._clients.closed

    def close(self) -> None:
        """Close the sync client this core created (clients passed in are left open).

        The core stays closed: calls still running on it, in any thread or task, end promptly
        with ``RequestAbortedError`` saying so (the connections of the clients it made are shut
        down under them), and later calls get that error at once, sending nothing.
        """
        from openrouter_core._closing import shut_down_connections

        clients = self._clients
        with clients.lock:
            clients.closed = True
            clients.closing.set()
            # The closed client stays: a call racing this close fails on it, never makes another.
            sync = clients.sync
            made: list[httpx.Client | httpx.AsyncClient] = [
                entry.client
                for table in (clients.per_loop, clients.per_trio_run)
                for entry in table.values()
            ]
        if sync is not None:
            made.append(sync)
        shut_down_connections(made)
        if sync is not None:
            sync.close()

    async def aclose(self) -> None:
        """Close every client this core created (clients passed in are left open)."""
        self.close()
        clients = self._clients
        with clients.lock:
            created = [*clients.per_loop.items(), *clients.per_trio_run.items()]
            clients.per_loop.clear()
            clients.per_trio_run.clear()
        from openrouter_core._async_runtime import current_loop

        running = current_loop()
        for loop, entry in created:
            if loop is running:
                await entry.client.aclose()
            # Other loops' clients close with their loops (their watchers are dropped here,
            # so each loop's finaliser runs them the next time it runs).


def _core_context(core: OpenRouterCore) -> CallContext:
    """What a call on ``core`` without options runs with."""
    fixed, problem = _fixed_headers(core)
    timeout_ms, idle_ms = core.timeout_ms, core.stream_idle_timeout_ms
    return CallContext(
        retry=RetryRules(core.retry_config, DEFAULT_RETRY_CODES),
        timeout=timeout_for(timeout_ms),
        attempt_seconds=None if timeout_ms is None else timeout_ms / 1000,
        stream_idle_seconds=None if idle_ms is None else idle_ms / 1000,
        server_url=core.server_url.rstrip("/"),
        decoding=decoding_for(core.strict, core.debug_logger),
        hooks=core._call_hooks,
        clock=core.clock,
        logger=core.debug_logger,
        max_body_bytes=core.max_body_bytes,
        max_event_bytes=core.max_event_bytes,
        api_key=core.api_key,
        fixed_headers=fixed,
        header_problem=problem,
    )


def _fixed_headers(core: OpenRouterCore) -> tuple[dict[str, str], SDKValidationError | None]:
    """User-Agent and the app headers that are set, and why they cannot be sent, if so.

    A header holding a line break or non-ASCII text is not an error here: every call on the
    core returns it as an SDKValidationError naming the header, as it does for a request's own.
    """
    from openrouter_core._encoding import header_value

    fixed: dict[str, str] = {}
    try:
        fixed["User-Agent"] = header_value("User-Agent", core.user_agent) or ""
        for wire, value in (
            ("HTTP-Referer", core.http_referer),
            ("X-OpenRouter-Title", core.app_title),
            ("X-OpenRouter-Categories", core.app_categories),
        ):
            text = header_value(wire, value)
            if text is not None:
                fixed[wire] = text
    except SDKValidationError as raised:
        # A fresh error, never raised: it holds no frames, and each call raises its own copy.
        return {}, SDKValidationError(raised.message, field=raised.field)
    return fixed, None
