"""An offline stand-in for the OpenRouter API: every operation answers its documented example.

Use it to try the SDK, write examples, and test code that calls it, without a key or a
network::

    from openrouter_core.testing import StandInTransport, standin_core
    from openrouter_funcs.credits_get_credits import credits_get_credits

    core = standin_core()
    credits_get_credits(core)            # Success(CreditsGetCreditsResponse(...)) from the example

    # Any documented error status, per operation (id or function name) ...
    core = standin_core(transport=StandInTransport(status_overrides={"getCredits": 401}))
    # ... or per call, with a header:
    credits_get_credits(core, options=RequestOptions(http_headers={"X-StandIn-Status": "403"}))

Scripted conversations: ``StandInTransport(scripts={"chat_send": [reply, reply, ...]})``
answers the operation's requests with those bodies in turn (then with its example again), so
a multi-step tool-calling run works offline. :func:`chat_turn` writes such a reply::

    replies = [
        chat_turn(calls=[("call_1", "get_weather", {"city": "Paris"})]),   # step 1: a tool call
        chat_turn("It is sunny in Paris."),                                  # step 2: the answer
    ]
    core = standin_core(transport=StandInTransport(scripts={"chat_send": replies}))

A streamed chat request gets a scripted reply as chunks: the text word by word, each tool
call's id and name first and then its arguments in pieces, then the finish reason and usage.

A request is matched by method and path template (``/keys/{hash}``); the answer is the spec's
example for the success response, a small server-sent-event stream built from the documented
event when a streaming operation's JSON body says ``"stream": true``, or the example body of
the requested error status. Unknown paths get a 404 in the API's error shape. Every request
the transport saw is kept in :attr:`StandInTransport.requests`. ``faults=[Fault.status(503,
on_call=1), ...]`` makes chosen calls go wrong (see :class:`Fault`).

The rest of the test kit lives here too: :class:`CassetteTransport` and
:func:`cassette_core` record and replay real traffic, :func:`add_openrouter_response`
answers an operation through pytest-httpx, and the pytest plugin
(``openrouter_core.pytest_plugin``) wraps them in fixtures.
"""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import httpx

from openrouter_core._cassette_matching import DEFAULT_MATCH_ON, MATCHERS, Matcher
from openrouter_core._cassettes import (
    CassetteTransport,
    RecordMode,
    UnmatchedRequestError,
    cassette_core,
)
from openrouter_core._core import OpenRouterCore
from openrouter_core._faults import Fault, FaultedTransport, FaultPlan, as_fault_plan
from openrouter_core._generated.testing_examples import FUNCTIONS, OPERATION_IDS, example_for
from openrouter_core._httpx_mock import add_openrouter_response
from openrouter_core._redaction import REDACTED, Redactor
from openrouter_core._retries import RetryConfig

__all__ = [
    "DEFAULT_MATCH_ON",
    "MATCHERS",
    "REDACTED",
    "STANDIN_SERVER_URL",
    "STATUS_HEADER",
    "CassetteTransport",
    "Fault",
    "FaultPlan",
    "Matcher",
    "RecordMode",
    "Redactor",
    "StandInTransport",
    "UnmatchedRequestError",
    "add_openrouter_response",
    "cassette_core",
    "chat_turn",
    "standin_core",
]

#: The request header asking the stand-in for a status (``"404"``).
STATUS_HEADER = "X-StandIn-Status"
#: The server URL of cores made by :func:`standin_core`.
STANDIN_SERVER_URL = "https://openrouter.ai/api/v1"


def _route(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(pattern + "/?")


def _routes() -> list[tuple[str, re.Pattern[str], str]]:
    templates = {}
    for operation_id in OPERATION_IDS:
        entry = example_for(operation_id)
        templates[operation_id] = (entry["method"], entry["path"])
    # Literal segments beat placeholders: /videos/models before /videos/{jobId}.
    order = sorted(templates, key=lambda op: (templates[op][1].count("{"), templates[op][1]))
    return [(templates[op][0], _route(templates[op][1]), op) for op in order]


class StandInTransport(FaultedTransport):
    """An httpx transport (sync and async) answering every operation from its examples."""

    def __init__(
        self,
        status_overrides: Mapping[str, int] | None = None,
        *,
        base_path: str = "/api/v1",
        scripts: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
        faults: FaultPlan | Iterable[Fault] = (),
    ) -> None:
        """``status_overrides`` maps an operation id or function name to the status to answer;
        ``scripts`` maps one to the success bodies to answer its requests with, in turn;
        ``faults`` make chosen calls go wrong (a :class:`FaultPlan`, for a clock of your own)."""
        self.status_overrides = dict(status_overrides or {})
        self._scripts = {key: deque(replies) for key, replies in (scripts or {}).items()}
        self.faults = as_fault_plan(faults)
        self.base_path = base_path.rstrip("/")
        #: Every request seen, in order (bodies already read).
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()
        self._routes = _routes()

    # --- answering ---

    def _pick(self, method: str, path: str) -> str | None:
        """The route's operation; where several share it (the multipart form of a JSON
        operation), the one a status override names, else the first."""
        matching = [
            operation_id
            for route_method, pattern, operation_id in self._routes
            if route_method == method.upper() and pattern.fullmatch(path)
        ]
        for operation_id in matching:
            if any(
                key in self.status_overrides
                for key in (operation_id, *_function_names(operation_id))
            ):
                return operation_id
        return matching[0] if matching else None

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :] or "/"
        operation_id = self._pick(request.method, path)
        if operation_id is None:
            return _error(404, f"No operation answers {request.method} {path}")
        entry = example_for(operation_id)
        status = self._status_for(request, operation_id)
        if status is None or status == entry["status"]:
            scripted = self._next_scripted(operation_id)
            if scripted is not None:
                return _scripted(scripted, _asks_stream(request))
            if entry.get("events") is not None and _asks_stream(request):
                return _events(entry)
            return _success(entry)
        if str(status) in entry["errors"]:
            return httpx.Response(status, json=entry["errors"][str(status)])
        if 200 <= status < 300:
            return _success(entry, status)
        return _error(status, f"Stand-in error {status} (not documented for {operation_id})")

    def _next_scripted(self, operation_id: str) -> Mapping[str, Any] | None:
        with self._lock:
            for key in (operation_id, *_function_names(operation_id)):
                replies = self._scripts.get(key)
                if replies:
                    return replies.popleft()
        return None

    def _status_for(self, request: httpx.Request, operation_id: str) -> int | None:
        header = request.headers.get(STATUS_HEADER)
        if header is not None and header.strip().isdigit():
            return int(header)
        for key in (operation_id, *_function_names(operation_id)):
            if key in self.status_overrides:
                return int(self.status_overrides[key])
        return None


def _function_names(operation_id: str) -> tuple[str, ...]:
    return FUNCTIONS.get(operation_id, ())


def _asks_stream(request: httpx.Request) -> bool:
    if not request.headers.get("content-type", "").startswith("application/json"):
        return False
    try:
        body = json.loads(request.content or b"null")
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("stream") is True


def _success(entry: Mapping[str, Any], status: int | None = None) -> httpx.Response:
    status = status or entry["status"]
    if entry["kind"] == "bytes":
        return httpx.Response(
            status,
            content=str(entry["body"]).encode(),
            headers={"content-type": entry["content_type"]},
        )
    if entry["kind"] == "empty":
        return httpx.Response(status)
    return httpx.Response(status, json=entry["body"])


def _events(entry: Mapping[str, Any]) -> httpx.Response:
    lines = [f"data: {json.dumps(chunk, separators=(',', ':'))}\n\n" for chunk in entry["events"]]
    if entry.get("sentinel"):
        lines.append(f"data: {entry['sentinel']}\n\n")
    return httpx.Response(
        200,
        content="".join(lines).encode(),
        headers={"content-type": "text/event-stream", "cache-control": "no-cache"},
    )


def chat_turn(
    text: str | None = None,
    *,
    calls: Sequence[tuple[str, str, Mapping[str, Any]]] = (),
    model: str = "openrouter/stand-in",
    usage: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A chat completion body for a script: ``text``, or tool ``calls`` as (id, name, args)."""
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if calls:
        message["tool_calls"] = [
            {
                "id": call_id,
                "type": "function",
                "function": {"name": name, "arguments": json.dumps(dict(arguments))},
            }
            for call_id, name, arguments in calls
        ]
    return {
        "id": "gen-stand-in",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": model,
        "choices": [
            {"index": 0, "finish_reason": "tool_calls" if calls else "stop", "message": message}
        ],
        "usage": dict(usage or _STAND_IN_USAGE),
    }


_STAND_IN_USAGE = {"prompt_tokens": 20, "completion_tokens": 10, "total_tokens": 30, "cost": 0.0}


def _scripted(body: Mapping[str, Any], stream: bool) -> httpx.Response:
    if not stream or body.get("object") != "chat.completion":
        return httpx.Response(200, json=dict(body))
    chunks = _chat_chunks(body)
    lines = [f"data: {json.dumps(chunk, separators=(',', ':'))}\n\n" for chunk in chunks]
    lines.append("data: [DONE]\n\n")
    return httpx.Response(
        200,
        content="".join(lines).encode(),
        headers={"content-type": "text/event-stream", "cache-control": "no-cache"},
    )


def _chat_chunks(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A chat completion as the chunks a stream of it would be."""
    choice = body["choices"][0]
    message = choice["message"]
    envelope = {key: body[key] for key in ("id", "created", "model") if key in body}
    envelope["object"] = "chat.completion.chunk"

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {**envelope, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    chunks = [chunk({"role": "assistant", "content": ""})]
    for piece in re.findall(r"\S+\s*|\s+", message.get("reasoning") or ""):
        chunks.append(chunk({"reasoning": piece}))
    for piece in re.findall(r"\S+\s*|\s+", message.get("content") or ""):
        chunks.append(chunk({"content": piece}))
    for index, call in enumerate(message.get("tool_calls") or ()):
        function = call["function"]
        opening = {"index": index, "id": call["id"], "type": "function"}
        chunks.append(
            chunk(
                {
                    "tool_calls": [
                        {**opening, "function": {"name": function["name"], "arguments": ""}}
                    ]
                }
            )
        )
        arguments = function["arguments"]
        middle = len(arguments) // 2
        for piece in (arguments[:middle], arguments[middle:]):
            chunks.append(
                chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
            )
    last = chunk({}, choice.get("finish_reason"))
    if "usage" in body:
        last["usage"] = body["usage"]
    chunks.append(last)
    return chunks


def _error(status: int, message: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": status, "message": message}})


def standin_core(
    *, transport: StandInTransport | None = None, **core_kwargs: Any
) -> OpenRouterCore:
    """An :class:`OpenRouterCore` whose sync and async clients talk to a stand-in.

    ``core_kwargs`` go to the core; by default the key is a placeholder and retries are off
    (the stand-in gives the same answer every time).
    """
    transport = transport or StandInTransport()
    core_kwargs.setdefault("api_key", "sk-or-stand-in")
    core_kwargs.setdefault("server_url", STANDIN_SERVER_URL)
    core_kwargs.setdefault("retry_config", RetryConfig(strategy="none"))
    return OpenRouterCore(
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
        **core_kwargs,
    )
