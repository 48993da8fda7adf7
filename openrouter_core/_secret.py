"""The credential a request carries, held so that no repr, str or captured local shows it.

Tracebacks keep their frames, and error trackers, ``pytest --showlocals``, rich's
``show_locals`` and ``traceback.TracebackException(capture_locals=True)`` print each frame's
locals by ``repr``. A key held as a plain ``str`` in any SDK frame would be printed there; held
in a :class:`Secret`, it prints as ``Secret('[REDACTED]')``. The value leaves the object only
through :meth:`Secret.reveal`, where a request header is built, and the masking of text the
server echoes back is done by the object's own methods, so no caller needs it in a local.
"""

from __future__ import annotations

from typing import NoReturn, final

__all__ = [
    "CREDENTIAL_HEADERS",
    "MASK",
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

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        # A pickle (a process pool's copy of an object holding one) would carry the value.
        raise TypeError("a Secret is not pickled; pass the key to the process another way")


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
