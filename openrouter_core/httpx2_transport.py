"""httpx2 clients beneath a core: httpx transports that send through an ``httpx2`` client.

The pipeline builds ``httpx.Request`` objects and classifies ``httpx`` exceptions, so an httpx2
client cannot be passed to a core as it is. Wrapped here, it can: the core gets a plain
``httpx`` client whose transport hands each request to the httpx2 client (its pool, its
HTTP/1.1 and HTTP/2, its TLS), streams the raw body back and turns every httpx2 exception into
the httpx exception of the same name, so retries, timeouts and error values work unchanged::

    import httpx2
    from openrouter_core.httpx2_transport import httpx2_async_client

    core = OpenRouterCore(async_client=httpx2_async_client(httpx2.AsyncClient()))

Needs the ``httpx2`` extra (Python 3.11+). The httpx2 client stays yours to configure and to
close; closing the wrapper closes it too. Set redirects, auth and cookies on neither client:
the core follows no redirects and sends its own headers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import httpx2

__all__ = ["AsyncHttpx2Transport", "Httpx2Transport", "httpx2_async_client", "httpx2_client"]


def _httpx_error(exc: httpx2.HTTPError, request: httpx.Request) -> httpx.HTTPError:
    """The httpx exception of ``exc``'s name (httpx2 kept httpx's hierarchy), else the nearest
    httpx class of one of its bases, so the core words and retries it as it would httpx's."""
    for base in type(exc).__mro__:
        mapped = getattr(httpx, base.__name__, None)
        if isinstance(mapped, type) and issubclass(mapped, httpx.RequestError):
            return mapped(str(exc), request=request)
    return httpx.TransportError(str(exc), request=request)


def _request2(request: httpx.Request) -> httpx2.Request:
    return httpx2.Request(
        request.method,
        str(request.url),
        headers=request.headers.raw,
        content=request.content,  # the core's bodies are bytes in memory
        # The attempt's timeout, and the core's ``trace`` hook (httpcore2 calls it at the same
        # steps as httpcore), which stops a request of a closed core before it waits.
        extensions=dict(request.extensions),
    )


def _response(
    response2: httpx2.Response,
    stream: httpx.SyncByteStream | httpx.AsyncByteStream,
    request: httpx.Request,
) -> httpx.Response:
    return httpx.Response(
        response2.status_code,
        headers=response2.headers.raw,
        stream=stream,
        request=request,
        extensions={
            "http_version": response2.http_version.encode("ascii"),
            "reason_phrase": response2.reason_phrase.encode("ascii", "replace"),
        },
    )


class _RawBody(httpx.SyncByteStream):
    def __init__(self, response2: httpx2.Response, request: httpx.Request) -> None:
        self._response2 = response2
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._response2.iter_raw()
        except httpx2.HTTPError as exc:
            raise _httpx_error(exc, self._request) from exc

    def close(self) -> None:
        self._response2.close()


class _AsyncRawBody(httpx.AsyncByteStream):
    def __init__(self, response2: httpx2.Response, request: httpx.Request) -> None:
        self._response2 = response2
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response2.aiter_raw():
                yield chunk
        except httpx2.HTTPError as exc:
            raise _httpx_error(exc, self._request) from exc

    async def aclose(self) -> None:
        await self._response2.aclose()


class Httpx2Transport(httpx.BaseTransport):
    """An httpx transport that sends every request through ``client`` (an ``httpx2.Client``)."""

    def __init__(self, client: httpx2.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the httpx2 client; the body streams as it arrives."""
        try:
            response2 = self.client.send(_request2(request), stream=True)
        except httpx2.HTTPError as exc:
            raise _httpx_error(exc, request) from exc
        return _response(response2, _RawBody(response2, request), request)

    def close(self) -> None:
        """Close the httpx2 client (its pool)."""
        self.client.close()


class AsyncHttpx2Transport(httpx.AsyncBaseTransport):
    """An httpx transport that sends every request through ``client`` (an ``httpx2.AsyncClient``)."""

    def __init__(self, client: httpx2.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the httpx2 client; the body streams as it arrives."""
        try:
            response2 = await self.client.send(_request2(request), stream=True)
        except httpx2.HTTPError as exc:
            raise _httpx_error(exc, request) from exc
        return _response(response2, _AsyncRawBody(response2, request), request)

    async def aclose(self) -> None:
        """Close the httpx2 client (its pool)."""
        await self.client.aclose()


def httpx2_client(client: httpx2.Client) -> httpx.Client:
    """An ``httpx.Client`` for ``OpenRouterCore(client=...)`` that sends through ``client``."""
    return httpx.Client(transport=Httpx2Transport(client), follow_redirects=False)


def httpx2_async_client(client: httpx2.AsyncClient) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` for ``OpenRouterCore(async_client=...)`` that sends through
    ``client``."""
    return httpx.AsyncClient(transport=AsyncHttpx2Transport(client), follow_redirects=False)
