"""Which recorded request answers the one sent: the matchers, and the words for a difference."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from openrouter_core._cassette_documents import body_chunks, compact

__all__ = ["DEFAULT_MATCH_ON", "MATCHERS", "Matcher", "matcher", "request_line"]

#: Compares the request sent with a recorded one (both as written in cassettes, secrets
#: replaced): None when they match, else the difference in a few words.
Matcher = Callable[[Mapping[str, Any], Mapping[str, Any]], "str | None"]


def request_line(doc: Mapping[str, Any]) -> str:
    parts = urlsplit(doc["url"])
    return f"{doc['method']} {parts.path}" + (f"?{parts.query}" if parts.query else "")


def _match_method(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    if sent["method"] == recorded["method"]:
        return None
    return f"method: sent {sent['method']}, recorded {recorded['method']}"


def _match_host(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    a, b = urlsplit(sent["url"]).netloc, urlsplit(recorded["url"]).netloc
    return None if a == b else f"host: sent {a}, recorded {b}"


def _match_path(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    a, b = urlsplit(sent["url"]).path, urlsplit(recorded["url"]).path
    return None if a == b else f"path: sent {a}, recorded {b}"


def _match_query(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    a, b = (
        sorted(parse_qsl(urlsplit(d["url"]).query, keep_blank_values=True))
        for d in (sent, recorded)
    )
    if a == b:
        return None
    return f"query: sent {urlencode(a) or '(none)'}, recorded {urlencode(b) or '(none)'}"


def _boundary(doc: Mapping[str, Any]) -> str | None:
    found = re.search(r"boundary=\"?([^\";]+)", str(doc.get("headers", {}).get("content-type", "")))
    return found.group(1) if found else None


def _comparable_body(doc: Mapping[str, Any]) -> Any:
    body = doc.get("body")
    if not body:
        return None
    if "json" in body:
        return ("json", body["json"])
    raw = b"".join(body_chunks(body))
    boundary = _boundary(doc)  # multipart boundaries are random per request
    return ("bytes", raw.replace(boundary.encode(), b"BOUNDARY") if boundary else raw)


def _match_body(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> str | None:
    a, b = _comparable_body(sent), _comparable_body(recorded)
    if a == b:
        return None
    if a is not None and b is not None and a[0] == b[0] == "json":
        return "body: " + _json_difference(a[1], b[1], "")
    return f"body: sent {_size(a)}, recorded {_size(b)}, not equal"


def _size(body: Any) -> str:
    if body is None:
        return "no body"
    return f"{len(compact(body[1]) if body[0] == 'json' else body[1])} bytes"


def _json_difference(sent: Any, recorded: Any, where: str) -> str:
    if isinstance(sent, dict) and isinstance(recorded, dict):
        for name in [*sent, *(n for n in recorded if n not in sent)]:
            at = f"{where}.{name}" if where else name
            if name not in recorded:
                return f"{at} sent ({_short(sent[name])}) but not recorded"
            if name not in sent:
                return f"{at} recorded ({_short(recorded[name])}) but not sent"
            if sent[name] != recorded[name]:
                return _json_difference(sent[name], recorded[name], at)
    if isinstance(sent, list) and isinstance(recorded, list) and len(sent) == len(recorded):
        for index, (a, b) in enumerate(zip(sent, recorded, strict=True)):
            if a != b:
                return _json_difference(a, b, f"{where}[{index}]")
    return f"at {where or 'the top'}: sent {_short(sent)}, recorded {_short(recorded)}"


def _short(value: Any, limit: int = 60) -> str:
    text = compact(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


#: The built-in matchers by name: ``match_on`` takes these names and your own functions.
MATCHERS: Mapping[str, Matcher] = {
    "method": _match_method,
    "host": _match_host,
    "path": _match_path,
    "query": _match_query,
    "body": _match_body,
}
#: Method, path, query and JSON body (keys in any order); the host is left out so a
#: cassette recorded against one server replays against any.
DEFAULT_MATCH_ON: tuple[str, ...] = ("method", "path", "query", "body")


def matcher(name_or_function: str | Matcher) -> Matcher:
    """A built-in matcher by name, or your own function as it is."""
    if callable(name_or_function):
        return name_or_function
    if name_or_function not in MATCHERS:
        raise ValueError(
            f"No matcher is called {name_or_function!r}; the built-in ones: {sorted(MATCHERS)}"
        )
    return MATCHERS[name_or_function]
