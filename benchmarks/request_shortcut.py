"""Is the request shortcut (``openrouter_core/_request_shortcut.py``) still worth keeping?

Paired and interleaved: two cores, each with a fresh ``httpx.Client`` over a
``httpx.MockTransport``, make the same calls in alternating order round after round; one
builds each attempt's request with the shortcut, the other with ``client.build_request`` (the
shortcut switched off, exactly the path a client it cannot stand in for takes). The figure is
the median of the per-round time ratios, with their min-max. Keep the shortcut only while it
saves at least 3% per call.

    python -m benchmarks.request_shortcut [--rounds 60] [--calls 300] [--call credits|chat]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import httpx

import openrouter_core._request as request_module
from openrouter_core import OpenRouterCore
from openrouter_core._request_shortcut import shortcut_request as SHORTCUT
from openrouter_funcs.chat_send import chat_send
from openrouter_funcs.credits_get_credits import credits_get_credits

CREDITS = b'{"data":{"total_credits":100.5,"total_usage":25.75}}'
CHAT = (
    b'{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,'
    b'"finish_reason":"stop","message":{"role":"assistant","content":"hi"}}]}'
)


def _never(*args: object) -> None:
    """The shortcut declining every request: each goes through ``client.build_request``."""
    return None


def _answer(request: httpx.Request) -> httpx.Response:
    body = CREDITS if request.url.path.endswith("/credits") else CHAT
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


def _core() -> OpenRouterCore:
    client = httpx.Client(transport=httpx.MockTransport(_answer))
    return OpenRouterCore(
        api_key="sk-or-v1-bench", server_url="http://bench.local/api/v1", client=client
    )


def _credits(core: OpenRouterCore) -> None:
    credits_get_credits(core).unwrap()


def _chat(core: OpenRouterCore) -> None:
    chat_send(core, {"model": "m", "messages": [{"role": "user", "content": "hi"}]}).unwrap()


def _timed(
    shortcut: Callable[..., object],
    core: OpenRouterCore,
    call: Callable[[OpenRouterCore], None],
    calls: int,
) -> float:
    """Seconds for ``calls`` calls with ``shortcut`` in place (``_request`` looks it up on
    every attempt)."""
    setattr(request_module, "shortcut_request", shortcut)  # noqa: B010
    try:
        start = time.perf_counter()
        for _ in range(calls):
            call(core)
        return time.perf_counter() - start
    finally:
        setattr(request_module, "shortcut_request", SHORTCUT)  # noqa: B010


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--call", choices=["credits", "chat"], default="credits")
    args = parser.parse_args()
    call = _credits if args.call == "credits" else _chat
    sides: dict[str, tuple[Callable[..., object], OpenRouterCore]] = {
        "shortcut": (SHORTCUT, _core()),
        "build_request": (_never, _core()),
    }
    for shortcut, core in sides.values():
        _timed(shortcut, core, call, args.calls)  # warm: lazy imports, caches
    per_call: dict[str, list[float]] = {name: [] for name in sides}
    ratios = []
    for round_ in range(args.rounds):
        names = list(sides) if round_ % 2 == 0 else list(reversed(sides))
        took = {name: _timed(*sides[name], call, args.calls) for name in names}
        for name, seconds in took.items():
            per_call[name].append(seconds / args.calls * 1e6)
        ratios.append(took["shortcut"] / took["build_request"])
    print(
        f"{args.call}: {args.rounds} rounds x {args.calls} calls per side;"
        f" shortcut {statistics.median(per_call['shortcut']):.1f} us/call,"
        f" build_request {statistics.median(per_call['build_request']):.1f} us/call;"
        f" shortcut/build_request median {statistics.median(ratios):.3f}"
        f" (min {min(ratios):.3f}, max {max(ratios):.3f})"
    )


if __name__ == "__main__":
    main()
