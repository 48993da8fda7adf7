"""Putting request values on the wire: path segments, query strings, headers and bodies."""

from __future__ import annotations

import datetime as _dt
import enum
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from openrouter_core._datetimes import format_datetime
from openrouter_core._unset import UNSET
from openrouter_core.errors import SDKValidationError


def is_absent(value: Any) -> bool:
    """Whether an optional parameter was left out."""
    return value is None or value is UNSET


def scalar_text(value: Any) -> str:
    """The text form of a scalar parameter: booleans as ``true``/``false``, dates ISO 8601
    (date-times in UTC with ``Z``, as bodies carry them)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, _dt.datetime):
        try:
            return format_datetime(value)  # UTC with "Z", as request bodies carry it
        except ValueError as exc:
            raise SDKValidationError(str(exc), cause=exc) from None
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))  # "100", as JSON and the TypeScript SDK write it, not "100.0"
    return str(value)


def path_segment(name: str, value: Any) -> str:
    """Percent-encode one path parameter so that it can never change the path."""
    if is_absent(value):
        raise SDKValidationError(f"path parameter {name!r} is required", field=name)
    text = scalar_text(value)
    if text == "":
        raise SDKValidationError(f"path parameter {name!r} must not be empty", field=name)
    encoded = quote(text, safe="")
    # "." and ".." are unreserved, but as whole segments clients and servers collapse them.
    if set(encoded) == {"."}:
        encoded = encoded.replace(".", "%2E")
    return encoded


def query_pairs(name: str, wire: str, value: Any, explode: bool) -> list[tuple[str, str]]:
    """``form``-style query pairs for one parameter (OpenAPI's default style)."""
    if is_absent(value):
        return []
    if isinstance(value, (list, tuple)):
        items = [scalar_text(item) for item in value if not is_absent(item)]
        if explode:
            return [(wire, item) for item in items]
        return [(wire, ",".join(items))] if items else []
    if isinstance(value, Mapping):
        entries = [(str(k), scalar_text(v)) for k, v in value.items() if not is_absent(v)]
        if explode:
            return entries
        return [(wire, ",".join(part for pair in entries for part in pair))] if entries else []
    return [(wire, scalar_text(value))]


def header_value(name: str, value: Any) -> str | None:
    """A header parameter's text; CR/LF would split the header, so they are refused."""
    if is_absent(value):
        return None
    text = scalar_text(value)
    check_header(name, text)
    return text


def check_header(name: str, text: str) -> None:
    """Refuse header names or values that could inject extra headers or lines, or not be sent."""
    if any(ch in text for ch in "\r\n\0"):
        raise SDKValidationError(
            f"header {name!r} contains a line break or NUL; remove it", field=name
        )
    if not text.isascii():
        # httpx sends str headers as ASCII; anything else would fail deep inside the send.
        raise SDKValidationError(
            f"header {name!r} contains non-ASCII characters; remove or percent-encode them",
            field=name,
        )


class UnencodableRequest(Exception):
    """Raised inside request building when the codec's writer or JSON could not write the body;
    ``_unencodable.explain_unencodable`` turns it into the caller's SDKValidationError."""

    def __init__(self, error: Exception, *, json: bool) -> None:
        super().__init__(error)
        self.error = error
        #: Whether the body is JSON (else a form or multipart body, which may hold files).
        self.json = json


def json_body(data: Any) -> bytes:
    """Compact UTF-8 JSON; raises TypeError, ValueError or RecursionError for values JSON cannot
    hold (the request builder names the field, see ``_unencodable``)."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
