"""In-process side of ``python -m benchmarks.before_after``: one checkout's calls, on command.

Run as ``python benchmarks/probes/ab_worker.py CREDITS_FILE MODELS_FILE SSE_FILE`` with the
checkout under test first on ``PYTHONPATH``. It imports nothing from the benchmark package
(the checkout under test has its own ``benchmarks`` folder, which must not stand in for the
tool's), builds one core over an ``httpx.MockTransport`` answering from the given files, makes
one checked call of each kind, and prints one JSON line: the files its packages were imported
from. Then it reads commands from stdin, one JSON line each (``{"metric": "credits", "n":
1000}``), and answers each with ``{"value": ...}`` (or ``{"error": ...}``): the parent runs one
side at a time while the others wait on their stdin, so the sides never compete for a core.
Given ``METRIC=N`` arguments after the files, it runs those instead and exits (for callgrind).
"""

import gc
import json
import sys
import time
from collections.abc import Callable
from typing import Any

Call = Callable[[], Any]

API_KEY = "sk-or-v1-benchmark"
BASE_URL = "http://openrouter.bench/api/v1"
CREDITS_TOTAL = 100.5
CHAT_REQUEST: Any = {
    "model": "openai/gpt-4o",
    "messages": [{"role": "user", "content": "Tell me a very long story."}],
    "stream": True,
}


def build(
    credits_body: bytes, models_body: bytes, sse_body: bytes
) -> tuple[dict[str, Call], dict[str, str]]:
    """The core and the three calls, each returning what it checks (a total, a count)."""
    import httpx

    import openrouter_core
    import openrouter_funcs.chat_send as chat_module
    from openrouter_core import OpenRouterCore
    from openrouter_funcs.credits_get_credits import credits_get_credits
    from openrouter_funcs.models_list import models_list

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/chat/completions"):
            pieces = [sse_body[i : i + 65536] for i in range(0, len(sse_body), 65536)]
            return httpx.Response(
                200, headers={"content-type": "text/event-stream"}, content=iter(pieces)
            )
        body = models_body if path.endswith("/models") else credits_body
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    client = httpx.Client(transport=httpx.MockTransport(answer))
    core = OpenRouterCore(api_key=API_KEY, server_url=BASE_URL, client=client)

    def credits() -> Any:
        return credits_get_credits(core).unwrap().data.total_credits

    def models() -> Any:
        return len(models_list(core).unwrap().data)

    def sse() -> int:
        stream = chat_module.chat_send(core, CHAT_REQUEST).unwrap()
        count = 0
        try:
            for item in stream:
                item.unwrap()
                count += 1
        finally:
            stream.close()
        return count

    files = {
        "openrouter_core": str(openrouter_core.__file__),
        "openrouter_funcs.chat_send": str(chat_module.__file__),
    }
    return {"credits": credits, "models": models, "sse": sse}, files


def measure(call: Call, metric: str, n: int) -> tuple[float, Any]:
    """µs per call for credits and models (``n`` calls), chunks/s for sse (``n`` streams).

    In CPU time: on a machine shared with other work, wall time mostly measures how long the
    process waited for a core, and that varies far more between sides than their own cost.
    """
    gc.collect()  # no side pays for garbage an earlier command left
    start = time.process_time()
    total = 0
    last: Any = None
    for _ in range(n):
        last = call()
        total += last if metric == "sse" else 1
    elapsed = time.process_time() - start
    if n == 0:  # callgrind's floor: the collection above and nothing else
        return 0.0, None
    return (total / elapsed) if metric == "sse" else (elapsed / n * 1e6), last


def main() -> None:
    credits_file, models_file, sse_file = sys.argv[1:4]
    with open(models_file, "rb") as fh:
        models_body = fh.read()
    with open(sse_file, "rb") as fh:
        sse_body = fh.read()
    with open(credits_file, "rb") as fh:
        credits_body = fh.read()
    calls, files = build(credits_body, models_body, sse_body)
    # Untimed: fills lazy imports and compiled readers, and proves every answer is right.
    expected = {
        "credits": CREDITS_TOTAL,
        "models": len(json.loads(models_body)["data"]),
        "sse": sse_body.count(b"\ndata: {") + sse_body.startswith(b"data: {"),
    }
    for metric, call in calls.items():
        got = call()
        if got != expected[metric]:
            raise SystemExit(f"{metric}: got {got!r}, expected {expected[metric]!r}")
    print(json.dumps({"files": files, "python": sys.version.split()[0]}), flush=True)
    # METRIC=N arguments run those calls and exit (callgrind counts a run with them against
    # one without); otherwise the commands come from stdin.
    given: list[Any] = [
        {"metric": m, "n": int(n)} for m, _, n in (a.partition("=") for a in sys.argv[4:])
    ]
    commands = given or (json.loads(line) for line in sys.stdin)
    for command in commands:
        metric = command["metric"]
        try:
            value, last = measure(calls[metric], metric, command["n"])
            if command["n"] and last != expected[metric]:
                raise ValueError(f"{metric}: last answer {last!r}, expected {expected[metric]!r}")
            reply: dict[str, object] = {"value": value}
        except Exception as exc:  # reported to the parent, which marks the side failed
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()
