"""Requests and responses as cassette documents: readable, diff-friendly, and exact on replay.

JSON bodies are data, event streams their chunks of events (``{"data": ...}`` for a compact
JSON ``data:`` line, else the text as it came), other text is text and binary is base64.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

__all__ = [
    "FRAMING",
    "Doc",
    "body_chunks",
    "body_doc",
    "compact",
    "headers_doc",
    "headers_list",
    "request_doc",
    "sse_chunk",
]

Doc = dict[str, Any]
# Hop-by-hop framing: the cassette holds the decoded body, so these would be wrong on replay.
FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection"})


def headers_doc(headers: httpx.Headers) -> Doc:
    doc: Doc = {}
    for name, value in headers.multi_items():
        if name in FRAMING:
            continue
        if name in doc:
            previous = doc[name]
            doc[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            doc[name] = value
    return doc


def headers_list(doc: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [
        (name, one)
        for name, value in doc.items()
        for one in (value if isinstance(value, list) else [value])
    ]


def body_doc(content: bytes, content_type: str) -> Doc | None:
    if not content:
        return None
    if "json" in content_type:
        try:
            return {"json": json.loads(content)}
        except ValueError:
            pass
    try:
        return {"text": content.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(content).decode("ascii")}


def compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def sse_chunk(chunk: bytes) -> list[Any]:
    """One chunk of an event stream as its events: ``{"data": ...}`` where the event is one
    compact JSON ``data:`` line (written back byte for byte), else the text as it came."""
    try:
        text = chunk.decode("utf-8")
    except UnicodeDecodeError:  # a chunk boundary split a character
        return [{"base64": base64.b64encode(chunk).decode("ascii")}]
    pieces: list[Any] = []
    for segment in re.split(r"(?<=\n\n)", text):
        if not segment:
            continue
        data = segment[6:-2] if segment.startswith("data: ") and segment.endswith("\n\n") else ""
        if data and "\n" not in data and not data.startswith('"'):
            try:
                value = json.loads(data)
            except ValueError:
                value = None
            if value is not None and compact(value) == data:
                pieces.append({"data": value})
                continue
        if pieces and isinstance(pieces[-1], str):
            pieces[-1] += segment
        else:
            pieces.append(segment)
    return pieces


def _sse_bytes(pieces: Sequence[Any]) -> bytes:
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece.encode())
        elif "base64" in piece:
            out.append(base64.b64decode(piece["base64"]))
        else:
            out.append(f"data: {compact(piece['data'])}\n\n".encode())
    return b"".join(out)


def body_chunks(body: Mapping[str, Any] | None) -> list[bytes]:
    """The chunks a recorded body is replayed in."""
    if not body:
        return []
    if "sse" in body:
        return [_sse_bytes(chunk) for chunk in body["sse"]]
    if "json" in body:
        return [json.dumps(body["json"], ensure_ascii=False).encode()]
    if "text" in body:
        return [body["text"].encode()]
    return [base64.b64decode(body["base64"])]


def request_doc(request: httpx.Request) -> Doc:
    """``request`` as a cassette document (secrets not yet replaced); its body must be read."""
    doc: Doc = {
        "method": request.method,
        "url": str(request.url),
        "headers": headers_doc(request.headers),
    }
    body = body_doc(request.content, request.headers.get("content-type", ""))
    if body is not None:
        doc["body"] = body
    return doc
