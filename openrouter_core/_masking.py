"""Masking credentials: the one place the runtime hides the API key from what callers see.

:class:`Secret` holds a credential so that no repr, str or captured local shows it. Tracebacks
keep their frames, and error trackers, ``pytest --showlocals``, rich's ``show_locals`` and
``traceback.TracebackException(capture_locals=True)`` print each frame's locals by ``repr``; a
key held as a plain ``str`` in any SDK frame would be printed there, held in a Secret it prints
as ``Secret('[REDACTED]')``. The value leaves the object only through :meth:`Secret.reveal`,
where a request header is built.

Each attempt of a call carries the credential its request actually sent
(:meth:`Secret.sent_by`; a hook may have changed it) in its ``_call_context.Attempt``, and
everything that turns what came back into something a caller sees (a status error's body, an
exception's message, a stream event, the response headers) masks it with that Secret's own
methods. Header reprs and server URLs with ``user:password@`` are masked here too. Cassette
files have their own redactor (``_redaction``): it replaces more (any key-shaped string, named
fields) in what is written to disk.
"""

from __future__ import annotations

from typing import NoReturn, final

import httpx

__all__ = [
    "CREDENTIAL_HEADERS",
    "MASK",
    "NO_SECRET",
    "USERINFO_REFUSED",
    "Secret",
    "masked_headers",
    "url_with_userinfo_masked",
]

#: What a credential is replaced with wherever it would be shown.
MASK = "[REDACTED]"
_MASK_BYTES = MASK.encode()
#: A credential shorter than this is not searched for in text: it would mask ordinary words.
_MIN_MASKED = 4


@final
class Secret:
    """A credential whose ``repr`` and ``str`` are masked; ``reveal()`` gives the value."""

    __slots__ = ("_encoded", "_value")

    def __init__(self, value: str) -> None:
        self._value = value
        self._encoded = value.encode()

    def reveal(self) -> str:
        """The credential itself, for the one place that puts it on the wire."""
        return self._value

    def found_in(self, text: str | bytes) -> bool:
        """Whether ``text`` holds the credential (never for one too short to search for)."""
        if len(self._value) < _MIN_MASKED:
            return False
        if isinstance(text, bytes):
            return self._encoded in text
        return self._value in text

    def mask(self, text: str) -> str:
        """``text`` with every occurrence of the credential replaced by ``[REDACTED]``."""
        return text.replace(self._value, MASK) if self.found_in(text) else text

    def mask_bytes(self, data: bytes) -> bytes:
        """``data`` with every occurrence of the credential replaced by ``[REDACTED]``."""
        return data.replace(self._encoded, _MASK_BYTES) if self.found_in(data) else data

    @classmethod
    def sent_by(cls, request: httpx.Request) -> Secret:
        """The credential ``request`` carries: its Authorization value without the scheme.

        Whatever put it there (the core's key, ``http_headers``, a hook), it is what a server
        can echo back, so it is what errors, bodies and stream events must mask.
        """
        value: str | None = request.headers.get("authorization")
        if not value:
            return NO_SECRET
        scheme, _, token = value.strip().partition(" ")
        return cls(token.strip() or scheme)

    def mask_head(self, response: httpx.Response) -> None:
        """Mask the credential where a server echoed it into the headers or the reason."""
        if not self:
            return
        raw = response.headers.raw
        if any(self.found_in(value) for _, value in raw):
            # Bytes in, bytes out: values that are not ASCII survive unchanged.
            response.headers = httpx.Headers(
                [(name, self.mask_bytes(value)) for name, value in raw]
            )
        reason = response.extensions.get("reason_phrase")
        if isinstance(reason, bytes) and self.found_in(reason):
            response.extensions["reason_phrase"] = self.mask_bytes(reason)

    def mask_cause(self, cause: Exception, text: str | bytes) -> Exception:
        """``cause``, or a stand-in with only its (masked) message when ``text`` (which it may
        quote or keep, as ``JSONDecodeError.doc`` keeps the whole document) holds the
        credential."""
        if self.found_in(text):
            return ValueError(self.mask(f"{type(cause).__name__}: {cause}"))
        return cause

    def masked_body_text(self, body: bytes, response: httpx.Response) -> str:
        """The body as text, decoded with the response's charset, with the credential masked."""
        try:
            text = body.decode(response.charset_encoding or "utf-8", errors="replace")
        except LookupError:
            text = body.decode("utf-8", errors="replace")
        return self.mask(text)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        # A pickle (a process pool's copy of an object holding one) would carry the value.
        raise TypeError("a Secret is not pickled; pass the key to the process another way")


#: What a request without a credential carries (and a body read outside a call): masks nothing.
NO_SECRET = Secret("")

#: Headers whose values are credentials (lower case), shown masked in every repr.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})


def masked_headers(headers: object) -> str:
    """The ``repr`` of a header mapping with credential values masked (an attrs field repr)."""
    if not hasattr(headers, "items"):
        return repr(headers)
    shown = {
        name: MASK if isinstance(name, str) and name.lower() in CREDENTIAL_HEADERS else value
        for name, value in headers.items()
    }
    return repr(shown)


#: Why a server URL with ``user:password@`` is refused, and what to do instead.
USERINFO_REFUSED = (
    "must not carry credentials ({url}): httpx would send them as Basic auth in place of"
    " the API key. Give a gateway's own credentials in a header (http_headers, or"
    " client=httpx.Client(headers=...)) and a proxy's in httpx's proxy= setting."
)


def url_with_userinfo_masked(url: str) -> str | None:
    """``url`` with its ``user:password@`` part masked, or None when it has none.

    httpx would turn that part into ``Authorization: Basic ...``, replacing the API key, and
    every message, repr and log line naming the URL would show the password.
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        return None
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority = rest[:end]
    if "@" not in authority:
        return None
    return f"{scheme}://{MASK}@{authority.rsplit('@', 1)[1]}{rest[end:]}"
