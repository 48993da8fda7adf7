"""The recorded OpenRouter payloads in ``payloads/``: one YAML file per captured response.

Each file names its public ``source``, the ``operation`` (a module of ``openrouter_funcs``)
whose response it is, the HTTP ``status`` and the body: ``body`` (the JSON as YAML, from a
cassette's ``parsed_body``), ``raw`` / ``raw_file`` (the exact bytes, keep-alive whitespace and
all) or ``sse`` / ``sse_file`` / ``jsonl_file`` (a text/event-stream body, keep-alive comments
and all).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

PAYLOADS = Path(__file__).parent / "payloads"


@dataclass(frozen=True)
class Case:
    name: str
    source: str
    operation: str
    status: int
    #: The bytes the server sends.
    body: bytes
    content_type: str

    @property
    def is_stream(self) -> bool:
        return self.content_type == "text/event-stream"

    def json(self) -> Any:
        """The body as JSON (non-streamed cases)."""
        return json.loads(self.body)

    def events(self) -> list[Any]:
        """The JSON of each ``data:`` line of a streamed body, without ``[DONE]``."""
        found = []
        for line in self.body.decode().splitlines():
            if line.startswith("data:"):
                data = line[5:].strip()
                if data != "[DONE]":
                    found.append(json.loads(data))
        return found


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(PAYLOADS.glob("*.yaml")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "sse" in meta:
            body, kind = meta["sse"].encode(), "text/event-stream"
        elif "jsonl_file" in meta:
            body, kind = (
                _from_jsonl((PAYLOADS / meta["jsonl_file"]).read_text()),
                "text/event-stream",
            )
        elif "sse_file" in meta:
            body, kind = (PAYLOADS / meta["sse_file"]).read_bytes(), "text/event-stream"
        elif "raw_file" in meta:
            body, kind = (PAYLOADS / meta["raw_file"]).read_bytes(), "application/json"
        elif "raw" in meta:
            body, kind = meta["raw"].encode(), "application/json"
        else:
            body, kind = json.dumps(meta["body"]).encode(), "application/json"
        cases.append(
            Case(
                name=path.stem,
                source=meta["source"],
                operation=meta["operation"],
                status=int(meta["status"]),
                body=body,
                content_type=meta.get("content_type", kind),
            )
        )
    return cases


def _from_jsonl(text: str) -> bytes:
    """The stream a recording in OpenRouterTeam/ai-sdk-provider's JSONL format replays.

    ``{"comment": ...}`` records are raw stream text, ``{"json": event}`` records one event
    each, and consecutive ``{"text": ...}`` records the pieces of one ``data:`` line;
    ``{"delay_ms": ...}`` records only time the replay.
    """
    out: list[str] = []
    pieces: list[str] = []

    def flush() -> None:
        if pieces:
            out.append(f"data: {''.join(pieces).strip()}\n\n")
            pieces.clear()

    for line in text.splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if "delay_ms" in record:
            continue
        if "text" in record:
            pieces.append(record["text"])
            continue
        flush()
        if "comment" in record:
            out.append(record["comment"])
        elif "json" in record:
            out.append(
                f"data: {json.dumps(record['json'], separators=(',', ':'), ensure_ascii=False)}\n\n"
            )
    flush()
    return "".join(out).encode()
