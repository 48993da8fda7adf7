"""OpenRouterCore: the configuration and HTTP clients every function takes as its first argument."""

from __future__ import annotations

import os
import sys
import threading
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

import attrs
import httpx

from openrouter_core._config import SYSTEM_CLOCK, Clock, RetryConfig
from openrouter_core._hooks import Hooks
from openrouter_core._version import __version__

if TYPE_CHECKING:
    # Kept off the import path: a sync serverless handler needs neither.
    import asyncio
    import logging

DEFAULT_SERVER_URL = "https://openrouter.ai/api/v1"
DEFAULT_TIMEOUT_MS = 600_000
DEFAULT_USER_AGENT = (
    f"openrouter-funcs-python/{__version__} "
    f"(python {'.'.join(map(str, sys.version_info[:3]))}; httpx {httpx.__version__})"
)

ApiKey = str | Callable[[], str]


def _key_from_env() -> str | None:
    return os.environ.get("OPENROUTER_API_KEY") or None


def _server_url_from_env() -> str:
    return os.environ.get("OPENROUTER_BASE_URL") or DEFAULT_SERVER_URL


class _Clients:
    """What a core makes on first use: its own clients (closed by the core), checked headers."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sync: httpx.Client | None = None
        #: User-Agent and app headers, checked once: the core is frozen, so they never change.
        self.fixed_headers: dict[str, str] | None = None
        # An AsyncClient's pooled connections belong to one event loop, so a core used from
        # several loops (asyncio.run per serverless invocation) gets one client per loop.
        self.per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )


@attrs.frozen(kw_only=True)
class OpenRouterCore:
    """Configuration plus HTTP clients; immutable, and safe to share across threads and tasks.

    Clients you pass in are used as they are and never closed by the core; clients the core
    creates are made on first use and closed by ``close()``/``aclose()`` or its ``with``.
    """

    #: A key, or a zero-argument callable returning one (read on every request).
    api_key: ApiKey | None = attrs.field(factory=_key_from_env, repr=False)
    http_referer: str | None = None
    app_title: str | None = None
    app_categories: str | None = None
    server_url: str = attrs.field(factory=_server_url_from_env)
    timeout_ms: int | None = DEFAULT_TIMEOUT_MS
    retry_config: RetryConfig = attrs.field(factory=RetryConfig)
    user_agent: str = DEFAULT_USER_AGENT
    client: httpx.Client | None = attrs.field(default=None, repr=False)
    async_client: httpx.AsyncClient | None = attrs.field(default=None, repr=False)
    hooks: Hooks = attrs.field(factory=Hooks, repr=False)
    debug_logger: logging.Logger | None = attrs.field(default=None, repr=False)
    #: Reject a response that does not fit the spec (ResponseValidationError naming the
    #: field) instead of reading it forgivingly; for contract checks against a staging API.
    strict: bool = False
    #: Sleeping and time, replaceable so tests never wait.
    clock: Clock = attrs.field(default=SYSTEM_CLOCK, repr=False)
    _clients: _Clients = attrs.field(factory=_Clients, init=False, repr=False, eq=False)

    def resolve_api_key(self) -> str | None:
        """The key for the next request (calls the key function if one was given)."""
        key = self.api_key
        return key() if callable(key) else key

    def fixed_headers(self) -> dict[str, str]:
        """User-Agent and the app headers that are set, validated on first use.

        Raises SDKValidationError when one holds a line break or non-ASCII text.
        """
        fixed = self._clients.fixed_headers
        if fixed is None:
            from openrouter_core._encoding import header_value

            fixed = {"User-Agent": header_value("User-Agent", self.user_agent) or ""}
            for wire, value in (
                ("HTTP-Referer", self.http_referer),
                ("X-OpenRouter-Title", self.app_title),
                ("X-OpenRouter-Categories", self.app_categories),
            ):
                text = header_value(wire, value)
                if text is not None:
                    fixed[wire] = text
            self._clients.fixed_headers = fixed
        return fixed

    def sync_client(self) -> httpx.Client:
        """The client for sync calls: the one given, or one made on first use."""
        if self.client is not None:
            return self.client
        clients = self._clients
        if clients.sync is None:
            with clients.lock:
                if clients.sync is None:
                    # Redirects stay off: following one would need the key to stay on-host.
                    clients.sync = httpx.Client(follow_redirects=False)
        return clients.sync

    def async_client_for_loop(self) -> httpx.AsyncClient:
        """The client for async calls: the one given, or one per event loop made on first use."""
        if self.async_client is not None:
            return self.async_client
        import asyncio

        loop = asyncio.get_running_loop()
        clients = self._clients
        with clients.lock:
            client = clients.per_loop.get(loop)
            if client is None:
                client = httpx.AsyncClient(follow_redirects=False)
                clients.per_loop[loop] = client
        return client

    def close(self) -> None:
        """Close the sync client this core created (clients passed in are left open)."""
        clients = self._clients
        with clients.lock:
            sync, clients.sync = clients.sync, None
        if sync is not None:
            sync.close()

    async def aclose(self) -> None:
        """Close every client this core created (clients passed in are left open)."""
        self.close()
        clients = self._clients
        with clients.lock:
            created = list(clients.per_loop.items())
            clients.per_loop.clear()
        import asyncio

        running = asyncio.get_running_loop()
        for loop, client in created:
            if loop is running:
                await client.aclose()

    def __enter__(self) -> OpenRouterCore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> OpenRouterCore:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
