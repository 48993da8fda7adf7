"""``python -m benchmarks``: run the chosen sections and print one side-by-side table.

Progress goes to stderr; stdout gets the header and the table only, so it can be saved as is.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import sys
import time
from pathlib import Path

from benchmarks._machine import machine_info
from benchmarks._payloads import CREDITS_BODY, models_body
from benchmarks._report import render_header, render_table, to_json
from benchmarks._results import Row, reason_of
from benchmarks._server import loopback_server
from benchmarks._settings import ROUND_FIELDS, SECTIONS, Settings
from benchmarks._timing import log
from benchmarks.agents import agents
from benchmarks.cold_start import cold_and_memory, import_costs
from benchmarks.concurrency import concurrency
from benchmarks.per_call import per_call
from benchmarks.streaming import streaming


def _parse_args(argv: list[str] | None) -> tuple[Settings, set[str], Path | None, str]:
    full, quick = Settings(), Settings().quick()
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small counts for a smoke run")
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated sections to run, of: {','.join(SECTIONS)} (default: all)",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write every sample here")
    parser.add_argument(
        "--rounds",
        type=int,
        metavar="N",
        help="rounds for every section (" + ", ".join(ROUND_FIELDS) + "); a section's own "
        "flag still wins",
    )
    # One override per Settings field, so a new knob needs no new parsing code.
    for field in dataclasses.fields(Settings):
        default = getattr(full, field.name)
        parser.add_argument(
            "--" + field.name.replace("_", "-"),
            type=type(default),
            default=None,
            help=f"full: {default}, quick: {getattr(quick, field.name)}",
        )
    ns = parser.parse_args(argv)

    only = {name.strip() for name in ns.only.split(",") if name.strip()}
    unknown = only - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    if ns.rounds is not None and ns.rounds < 1:
        parser.error("--rounds must be at least 1")
    settings = quick if ns.quick else full
    if ns.rounds is not None:
        settings = dataclasses.replace(settings, **dict.fromkeys(ROUND_FIELDS, ns.rounds))
    overrides = {
        field.name: getattr(ns, field.name)
        for field in dataclasses.fields(Settings)
        if getattr(ns, field.name) is not None
    }
    settings = dataclasses.replace(settings, **overrides)
    return settings, only, ns.json, "quick" if ns.quick else "full"


def _models_page(settings: Settings) -> tuple[bytes | None, str | None]:
    """The models body, or why it cannot be built (the spec is read, never copied)."""
    try:
        return models_body(settings.spec, settings.models_count), None
    except Exception as exc:
        return None, f"no models body from {settings.spec}: {reason_of(exc)}"


def main(argv: list[str] | None = None) -> int:
    settings, only, json_path, mode = _parse_args(argv)
    started = time.perf_counter()
    machine = machine_info()
    rows: list[Row] = []

    body, models_error = (None, None)
    if only & {"percall", "cold", "memory", "concurrency"}:
        body, models_error = _models_page(settings)
        if models_error is not None:
            log(models_error)

    with contextlib.ExitStack() as stack:
        api_url = ""
        if only & {"cold", "memory", "concurrency"}:
            routes = {"/api/v1/credits": CREDITS_BODY}
            if body is not None:
                routes["/api/v1/models"] = body
            api_url = stack.enter_context(loopback_server(routes)) + "/api/v1"
            log(f"loopback server at {api_url}")

        # Rows are appended in the table's section order: 1 cold, 2 per call, 3 concurrency,
        # 4 memory, 5 streaming, 6 agents. Memory comes from the cold-start processes themselves.
        walls: list[Row] = []
        rss = None
        if only & {"cold", "memory"}:
            log("cold start: fresh processes")
            walls, rss = cold_and_memory(settings, api_url)
        if "cold" in only:
            rows += walls
        if "imports" in only:
            log("imports: fresh processes")
            rows += import_costs(settings)
        if "percall" in only:
            log("per call: MockTransport")
            rows += per_call(settings, body, models_error)
        if "concurrency" in only:
            log("concurrency: asyncio.gather over loopback")
            rows.append(concurrency(settings, api_url))
        if "memory" in only and rss is not None:
            rows.append(rss)
    if "streaming" in only:
        log("streaming: SSE chat stream")
        rows.append(streaming(settings))
    if "agents" in only:
        log("agents: call_model against a hand-written loop, MockTransport")
        rows += agents(settings)

    print(render_header(machine, mode))
    print(render_table(rows))
    if json_path is not None:
        to_json(json_path, machine, {"mode": mode, **_jsonable(settings)}, rows)
        log(f"wrote {json_path}")
    log(f"finished in {time.perf_counter() - started:.0f} s")
    return 0


def _jsonable(settings: Settings) -> dict[str, object]:
    return {
        k: str(v) if isinstance(v, Path) else v for k, v in dataclasses.asdict(settings).items()
    }


if __name__ == "__main__":
    sys.exit(main())
