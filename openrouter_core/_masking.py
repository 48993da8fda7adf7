"""Masking the credential a request carried wherever the server (or httpx) may echo it back.

Every attempt of a call knows the credential it sent (see :meth:`CredentialMask.sent_by`), and
every place that turns what came back into something a caller sees (a status error's body, an
exception's message, a stream event, the response headers) masks it through that attempt's
:class:`CredentialMask`. The mask travels in the attempt (``_call_context.Attempt``), never as a
loose parameter. Cassette files have their own redactor (``_redaction``): what they replace is
wider (any key-shaped string, named fields) and is written to disk.
"""

from __future__ import annotations

from typing import final

import httpx

from openrouter_core._secret import Secret


@final
class CredentialMask:
    """Masks one attempt's credential (if it sent one) in text, bytes, headers and causes."""

    __slots__ = ("_secret",)

    def __init__(self, credential: Secret | None) -> None:
        self._secret = credential

    @classmethod
    def sent_by(cls, request: httpx.Request) -> CredentialMask:
        """The mask for the credential ``request`` carries: its Authorization value without
        the scheme.

        Whatever put it there (the core's key, ``http_headers``, a hook), it is what a server
        can echo back, so it is what errors, bodies and stream events must mask.
        """
        value: str | None = request.headers.get("authorization")
        if not value:
            return NO_CREDENTIAL
        scheme, _, token = value.strip().partition(" ")
        return cls(Secret(token.strip() or scheme))

    def text(self, text: str) -> str:
        """``text`` with every occurrence of the credential masked."""
        return self._secret.mask(text) if self._secret is not None else text

    def data(self, data: bytes) -> bytes:
        """``data`` with every occurrence of the credential masked."""
        return self._secret.mask_bytes(data) if self._secret is not None else data

    def head(self, response: httpx.Response) -> None:
        """Mask the credential where a server echoed it into the headers or the reason."""
        secret = self._secret
        if not secret:
            return
        raw = response.headers.raw
        if any(secret.found_in(value) for _, value in raw):
            # Bytes in, bytes out: values that are not ASCII survive unchanged.
            response.headers = httpx.Headers(
                [(name, secret.mask_bytes(value)) for name, value in raw]
            )
        reason = response.extensions.get("reason_phrase")
        if isinstance(reason, bytes) and secret.found_in(reason):
            response.extensions["reason_phrase"] = secret.mask_bytes(reason)

    def cause(self, cause: Exception, text: str | bytes) -> Exception:
        """``cause``, or a stand-in with only its (masked) message when ``text`` (which it may
        quote or keep, as ``JSONDecodeError.doc`` keeps the whole document) holds the
        credential."""
        secret = self._secret
        if secret is not None and secret.found_in(text):
            return ValueError(secret.mask(f"{type(cause).__name__}: {cause}"))
        return cause

    def body_text(self, body: bytes, response: httpx.Response) -> str:
        """The body as text, decoded with the response's charset, with the credential masked."""
        try:
            text = body.decode(response.charset_encoding or "utf-8", errors="replace")
        except LookupError:
            text = body.decode("utf-8", errors="replace")
        return self.text(text)

    def __repr__(self) -> str:
        return f"CredentialMask({self._secret!r})"


#: The mask of a request that carried no credential (or of a body read outside a call).
NO_CREDENTIAL = CredentialMask(None)
