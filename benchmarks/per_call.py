"""Section 2: what each SDK adds per call, with the network taken out.

All contenders share one ``httpx.Client`` over one ``httpx.MockTransport`` that answers from
prebuilt bytes, so a call's cost is request building, the transport hop and response parsing;
the bare column (httpx + ``json.loads``) is the floor every SDK builds on.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

from benchmarks._contenders import (
    API_KEY,
    HTTPX_TIMEOUT,
    check_credits,
    check_models,
    official_sdk,
    ours_core,
    ours_function,
    unwrap,
)
from benchmarks._payloads import CREDITS_BODY
from benchmarks._results import BARE, OFFICIAL, OURS, Row, Unavailable
from benchmarks._settings import Settings
from benchmarks._timing import Measure, Setup, budget_note, call_repeatedly, interleave

# Never dialled: the mock transport answers every request in-process.
BASE_URL = "http://openrouter.bench/api/v1"
AUTH = {"Authorization": f"Bearer {API_KEY}"}


def _mock_client(models_body: bytes | None) -> httpx.Client:
    routes = {"/api/v1/credits": CREDITS_BODY}
    if models_body is not None:
        routes["/api/v1/models"] = models_body

    def answer(request: httpx.Request) -> httpx.Response:
        body = routes.get(request.url.path)
        if body is None:
            return httpx.Response(404, json={"error": {"code": 404, "message": "Not Found"}})
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.Client(transport=httpx.MockTransport(answer), timeout=HTTPX_TIMEOUT)


def _setup(
    row: Row,
    name: str,
    settings: Settings,
    call: Callable[[], object],
    check: Callable[[object], None],
) -> Measure:
    check(call())  # untimed: warms lazy imports and caches, and proves the answer is right

    def measure() -> list[float]:
        us_per_call, made, last = call_repeatedly(
            call, settings.percall_calls, settings.percall_budget_s
        )
        check(last)  # a contender that starts failing mid-round must not look fast
        note = budget_note(made, settings.percall_calls, settings.percall_budget_s, "calls")
        if note is not None:
            row.cell(name).note = note
        return [us_per_call]

    return measure


def _bare_get(client: httpx.Client, path: str) -> Callable[[], object]:
    def call() -> object:
        response = client.get(f"{BASE_URL}{path}", headers=AUTH)
        response.raise_for_status()
        return json.loads(response.content)

    return call


def _credits_row(settings: Settings, client: httpx.Client) -> Row:
    row = Row("2. Per call", "get credits, MockTransport", "µs/call", False)

    def ours() -> Measure:
        func = ours_function("credits_get_credits", "credits_get_credits")
        core = ours_core(BASE_URL, client=client)
        return _setup(row, OURS, settings, lambda: func(core), lambda r: check_credits(unwrap(r)))

    def official() -> Measure:
        sdk = official_sdk(BASE_URL, client=client)
        return _setup(row, OFFICIAL, settings, sdk.credits.get_credits, check_credits)

    def bare() -> Measure:
        return _setup(row, BARE, settings, _bare_get(client, "/credits"), check_credits)

    setups: dict[str, Setup] = {OURS: ours, OFFICIAL: official, BARE: bare}
    interleave([row], setups, settings.percall_rounds)
    return row


def _models_row(settings: Settings, client: httpx.Client, models_error: str | None) -> Row:
    count = settings.models_count
    row = Row("2. Per call", f"list models, {count}-model page, MockTransport", "µs/call", False)
    if models_error is not None:
        for name in (OURS, OFFICIAL, BARE):
            row.cell(name).fail(Unavailable(models_error))
        return row

    def check(value: object) -> None:
        check_models(value, count)

    def ours() -> Measure:
        func = ours_function("models_list", "models_list")
        core = ours_core(BASE_URL, client=client)
        return _setup(row, OURS, settings, lambda: func(core), lambda r: check(unwrap(r)))

    def official() -> Measure:
        sdk = official_sdk(BASE_URL, client=client)
        return _setup(row, OFFICIAL, settings, sdk.models.list, check)

    def bare() -> Measure:
        return _setup(row, BARE, settings, _bare_get(client, "/models"), check)

    setups: dict[str, Setup] = {OURS: ours, OFFICIAL: official, BARE: bare}
    interleave([row], setups, settings.percall_rounds)
    return row


def per_call(settings: Settings, models_body: bytes | None, models_error: str | None) -> list[Row]:
    """Credits and list-models rows; ``models_error`` says why there is no models body."""
    with _mock_client(models_body) as client:
        return [_credits_row(settings, client), _models_row(settings, client, models_error)]
