"""Secrets out of cassettes: what the test kit replaces before anything reaches a file."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["REDACTED", "Redactor"]

#: What replaces a secret in a cassette.
REDACTED = "[REDACTED]"
Doc = dict[str, Any]

_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"}
)
_SECRET_FIELDS = frozenset(
    {
        "key",
        "api_key",
        "apiKey",
        "secret",
        "secretKey",
        "secret_key",
        "client_secret",
        "access_token",
        "refresh_token",
        "password",
        "token",
    }
)
#: A ``key`` field this long is a credential (an API key creation's new key, a BYOK
#: provider key); shorter ones are names (``{"key": "code"}`` in a classification).
_CREDENTIAL_LENGTH = 16
#: OpenRouter keys, wherever they appear: ``sk-or-v1-`` and 64 hex digits.
_KEY_PATTERN = re.compile(r"sk-or-[a-z0-9]+-[0-9a-f]{32,}")
#: Strings shorter than this are never treated as secrets (they would blot out words).
_MIN_SECRET = 8


class Redactor:
    """Replaces secrets in cassette documents: by name, by value and by shape.

    By name: the ``Authorization``, ``Cookie``, ``Set-Cookie`` and API-key headers plus
    ``headers``; the query parameters in ``query``; body fields named like a secret
    (``api_key``, ``token``, ``password``, a ``key`` of 16 or more characters such as an API
    key creation's new key) plus ``fields``. By value: the bearer token of every request,
    ``secrets``, and every value redacted by name, wherever else it appears. By shape:
    anything that looks like an OpenRouter key (``sk-or-v1-...``).
    """

    def __init__(
        self,
        *,
        headers: Iterable[str] = (),
        query: Iterable[str] = (),
        fields: Iterable[str] = (),
        secrets: Iterable[str] = (),
    ) -> None:
        self.headers = _SECRET_HEADERS | {h.lower() for h in headers}
        self.query = frozenset(query)
        self.fields = _SECRET_FIELDS | frozenset(fields)
        self.secrets: set[str] = set()
        for secret in secrets:
            self.learn(secret)

    def learn(self, value: str) -> None:
        """Treat ``value`` as a secret wherever it appears from now on."""
        for part in (value, value.removeprefix("Bearer ").strip()):
            if len(part) >= _MIN_SECRET and part != REDACTED:
                self.secrets.add(part)

    def text(self, value: str) -> str:
        """``value`` with every known secret and key-shaped string replaced."""
        for secret in sorted(self.secrets, key=len, reverse=True):
            if secret in value:
                value = value.replace(secret, REDACTED)
        return _KEY_PATTERN.sub(REDACTED, value)

    def raw(self, value: bytes) -> bytes:
        """:meth:`text` for bytes of any encoding."""
        for secret in sorted(self.secrets, key=len, reverse=True):
            value = value.replace(secret.encode(), REDACTED.encode())
        return re.sub(_KEY_PATTERN.pattern.encode(), REDACTED.encode(), value)

    def _secret_field(self, name: str, value: object) -> bool:
        if name not in self.fields or not isinstance(value, str) or value == REDACTED:
            return False
        return name != "key" or len(value) >= _CREDENTIAL_LENGTH

    def _learn_data(self, value: Any) -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                if self._secret_field(name, item):
                    self.learn(item)
                self._learn_data(item)
        elif isinstance(value, list):
            for item in value:
                self._learn_data(item)

    def _data(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                name: REDACTED if self._secret_field(name, item) else self._data(item)
                for name, item in value.items()
            }
        if isinstance(value, list):
            return [self._data(item) for item in value]
        return self.text(value) if isinstance(value, str) else value

    def learn_from(self, interaction: Mapping[str, Any]) -> None:
        """Learn the secrets an interaction carries by name (its key, a new key it returns)."""
        for part in (interaction.get("request"), interaction.get("response")):
            if not part:
                continue
            for name, value in part.get("headers", {}).items():
                if name.lower() in self.headers:
                    for one in value if isinstance(value, list) else [value]:
                        self.learn(one)
            self._learn_data(part.get("body"))

    def scrub(self, part: Mapping[str, Any]) -> Doc:
        """A copy of a request or response document with every secret replaced."""
        clean: Doc = {}
        for name, value in part.items():
            if name == "headers":
                clean[name] = {
                    header: REDACTED if header.lower() in self.headers else self._data(item)
                    for header, item in value.items()
                }
            elif name == "url":
                clean[name] = self.text(_redact_query(value, self.query))
            elif name == "body":
                clean[name] = self._body(value)
            else:
                clean[name] = self._data(value)
        return clean

    def _body(self, body: Mapping[str, Any]) -> Doc:
        if "base64" in body:
            raw = self.raw(base64.b64decode(body["base64"]))
            return {"base64": base64.b64encode(raw).decode("ascii")}
        if "sse" in body:
            return {"sse": [[self._piece(piece) for piece in chunk] for chunk in body["sse"]]}
        return {kind: self._data(value) for kind, value in body.items()}

    def _piece(self, piece: Any) -> Any:
        if isinstance(piece, dict) and "base64" in piece:
            return self._body(piece)
        return self._data(piece)


def _redact_query(url: str, names: frozenset[str]) -> str:
    if not names:
        return url
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(name in names for name, _ in pairs):
        return url
    query = urlencode([(n, REDACTED if n in names else v) for n, v in pairs], safe="[]")
    return urlunsplit(parts._replace(query=query))
