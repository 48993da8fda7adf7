"""The request the pipeline builds for an attempt is the one ``client.build_request`` makes.

``new_request`` builds it with less work when it can; these tests hold it to httpx's own
result (method, URL, every header in order, body, timeout), so a change in httpx's rules
shows up here rather than on the wire.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import httpx
import pytest

from openrouter_core import _request_shortcut
from openrouter_core._request import Prepared, new_request
from openrouter_core._request_shortcut import BUILD_STEPS, missing_build_steps

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


def test_httpx_still_has_the_private_methods_the_shortcut_relies_on() -> None:
    missing = missing_build_steps()
    assert not missing, (
        f"httpx {httpx.__version__} no longer has {', '.join(missing)}: the request shortcut"
        " in openrouter_core/_request_shortcut.py has turned itself off, so every request goes"
        " through client.build_request (correct, but slower). Set BUILD_STEPS to the private"
        " methods build_request now calls and rerun this file, or drop the shortcut."
    )


@pytest.mark.parametrize("client_type", [httpx.Client, httpx.AsyncClient])
def test_build_request_merges_only_through_the_steps_the_shortcut_knows(
    client_type: type[httpx.Client | httpx.AsyncClient],
) -> None:
    called = set(re.findall(r"self\.(_\w+)\(", inspect.getsource(client_type.build_request)))
    unknown = sorted(called - set(BUILD_STEPS))
    assert not unknown, (
        f"httpx {httpx.__version__}'s build_request now also calls {', '.join(unknown)}: a client"
        " subclass overriding it would be bypassed by the request shortcut. Add it to"
        " BUILD_STEPS in openrouter_core/_request_shortcut.py and check the tests above."
    )


def test_without_the_steps_it_relies_on_the_shortcut_stands_aside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_request_shortcut, "BUILD_STEPS", (*BUILD_STEPS, "_merge_gone"))
    built = []
    original = httpx.Client.build_request

    def counted(self: httpx.Client, *args: Any, **kwargs: Any) -> httpx.Request:
        built.append(args[0])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "build_request", counted)

    class Fresh(httpx.Client):  # a type the shortcut has not judged yet
        pass

    prepared = CASES["post json"]
    with Fresh() as client:
        _same(
            new_request(client, prepared),
            original(
                client,
                "POST",
                prepared.url,
                headers=prepared.headers,
                content=prepared.content,
                timeout=prepared.timeout,
            ),
        )
    assert built == ["POST"]
