"""The request the pipeline builds for an attempt is the one ``client.build_request`` makes.

``new_request`` builds it with less work when it can; these tests hold it to httpx's own
result (method, URL, every header in order, body, timeout), so a change in httpx's rules
shows up here rather than on the wire.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from openrouter_core._request import Prepared, new_request

TIMEOUT = httpx.Timeout(12.5)
OURS = {
    "Accept": "application/json",
    "Authorization": "Bearer sk-or-v1-abc",
    "User-Agent": "openrouter-funcs-python/test",
}


def _prepared(
    method: str = "GET",
    url: str = "https://openrouter.ai/api/v1/credits",
    *,
    headers: dict[str, str] | None = None,
    params: list[tuple[str, str | int | float | bool | None]] | None = None,
    content: bytes | None = None,
    data: Any = None,
    files: Any = None,
) -> Prepared:
    return Prepared(
        method=method,
        url=url,
        params=params or [],
        headers=dict(OURS if headers is None else headers),
        content=content,
        files=files,
        data=data,
        timeout=TIMEOUT,
        base_url=url,
        stream=False,
    )


def _as_httpx_builds(client: httpx.Client | httpx.AsyncClient, prepared: Prepared) -> httpx.Request:
    return client.build_request(
        prepared.method,
        prepared.url,
        params=prepared.params or None,
        headers=prepared.headers,
        content=prepared.content,
        data=prepared.data,
        files=prepared.files,
        timeout=prepared.timeout,
    )


def _same(ours: httpx.Request, theirs: httpx.Request) -> None:
    assert ours.method == theirs.method
    assert str(ours.url) == str(theirs.url)
    assert ours.headers.raw == theirs.headers.raw
    assert ours.read() == theirs.read()
    assert ours.content == theirs.content
    assert ours.extensions == theirs.extensions


CASES = {
    "get": _prepared(),
    "get with query": _prepared(params=[("offset", 5), ("include_disabled", True), ("q", "a b")]),
    "post json": _prepared(
        "POST",
        "https://openrouter.ai/api/v1/chat/completions",
        headers={**OURS, "Content-Type": "application/json"},
        content=b'{"model":"m","messages":[]}',
    ),
    "post without body": _prepared("POST", "https://openrouter.ai/api/v1/keys/abc/rotate"),
    "post empty body": _prepared("POST", content=b""),
    "put": _prepared("PUT", content=b"{}"),
    "patch without body": _prepared("PATCH"),
    "delete": _prepared("DELETE", "https://openrouter.ai/api/v1/keys/k%2F1"),
    "port and path": _prepared(url="http://127.0.0.1:8080/or/api/v1/credits"),
    "ipv6 host": _prepared(url="http://[::1]:9000/api/v1/credits"),
    "international host": _prepared(url="https://bücher.example/api/v1/credits"),
    "lower-case override": _prepared(headers={**OURS, "authorization": "Bearer other"}),
    "our own host header": _prepared(headers={**OURS, "Host": "proxy.example"}),
    "our own content length": _prepared(
        "POST", headers={**OURS, "Content-Length": "2"}, content=b"{}"
    ),
    "chunked": _prepared("POST", headers={**OURS, "Transfer-Encoding": "chunked"}, content=b"{}"),
    "multipart": _prepared(
        "POST",
        # A fixed boundary: httpx picks a random one otherwise.
        headers={**OURS, "Content-Type": "multipart/form-data; boundary=fixed"},
        data={"model": "whisper"},
        files=[("file", ("a.wav", b"RIFF", "audio/wav"))],
    ),
    "no headers of ours": _prepared(headers={}),
}

CLIENTS = {
    "plain": {},
    "default headers": {"headers": {"X-Team": "blue", "accept": "text/plain", "Host": "h"}},
    "default content length": {"headers": {"Content-Length": "7"}},
    "cookies": {"cookies": {"session": "abc"}},
    "params": {"params": {"trace": "on"}},
}


@pytest.mark.parametrize("client_settings", CLIENTS.values(), ids=CLIENTS.keys())
@pytest.mark.parametrize("prepared", CASES.values(), ids=CASES.keys())
def test_the_sync_request_is_the_one_httpx_builds(
    prepared: Prepared, client_settings: dict[str, Any]
) -> None:
    with httpx.Client(**client_settings) as client:
        _same(new_request(client, prepared), _as_httpx_builds(client, prepared))


@pytest.mark.parametrize("client_settings", CLIENTS.values(), ids=CLIENTS.keys())
@pytest.mark.parametrize("prepared", CASES.values(), ids=CASES.keys())
async def test_the_async_request_is_the_one_httpx_builds(
    prepared: Prepared, client_settings: dict[str, Any]
) -> None:
    async with httpx.AsyncClient(**client_settings) as client:
        _same(new_request(client, prepared), _as_httpx_builds(client, prepared))


def test_each_attempt_gets_a_request_of_its_own() -> None:
    prepared = _prepared("POST", content=b"{}")
    with httpx.Client() as client:
        first, second = new_request(client, prepared), new_request(client, prepared)
    first.headers["X-Signed"] = "1"  # a before_request hook may change its request
    assert first is not second
    assert "x-signed" not in second.headers
    assert second.extensions["timeout"] is not first.extensions["timeout"]
