"""Undoing a response's ``Content-Encoding`` in bounded steps, so size limits count as it inflates.

httpx inflates each network chunk whole before its caller sees a byte: one 64 KiB chunk of a
gzip bomb becomes about 64 MiB, so ``max_body_bytes`` and ``max_event_bytes`` were checked only
after the memory was spent. Here a chunk read raw (``iter_raw``) is inflated at most
:data:`STEP` bytes at a time, and each piece reaches the counting caller before the next is
made. gzip, deflate and brotli (the ``brotli`` package, from 1.2, whose decompressor takes an
output limit) are decoded this way; a response with any other encoding (zstd, or brotli through
a package without that limit) is left to httpx, chunk by chunk, as before.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any, Protocol

import httpx

__all__ = ["STEP", "Decoder", "aiter_decoded", "bounded_decoder", "decoder_for", "iter_decoded"]

#: The most one step of inflating produces.
STEP = 64 * 1024


class Decoder(Protocol):
    """Inflates the raw body a chunk at a time, in pieces of about STEP bytes at most."""

    def decode(self, data: bytes) -> Iterator[bytes]: ...
    def flush(self) -> Iterator[bytes]: ...


class _Identity:
    def decode(self, data: bytes) -> Iterator[bytes]:
        return iter((data,) if data else ())

    def flush(self) -> Iterator[bytes]:
        return iter(())


class _Zlib:
    """gzip (``wbits`` with 16 added) or zlib-wrapped deflate."""

    def __init__(self, wbits: int) -> None:
        self._inflate = zlib.decompressobj(wbits)

    def decode(self, data: bytes) -> Iterator[bytes]:
        try:
            piece = self._first_step(data)
            while True:
                if piece:
                    yield piece
                tail = self._inflate.unconsumed_tail
                # A full step may leave output inside zlib even when the input is used up.
                if not tail and len(piece) < STEP:
                    return
                piece = self._inflate.decompress(tail, STEP)
        except zlib.error as exc:
            raise httpx.DecodingError(str(exc)) from exc

    def _first_step(self, data: bytes) -> bytes:
        return self._inflate.decompress(data, STEP)

    def flush(self) -> Iterator[bytes]:
        try:
            rest = self._inflate.flush()
        except zlib.error as exc:  # pragma: no cover - decode has drained it
            raise httpx.DecodingError(str(exc)) from exc
        return iter((rest,) if rest else ())


class _Deflate(_Zlib):
    """``deflate``: zlib-wrapped as the RFC says, or raw as some servers send it (as httpx)."""

    def __init__(self) -> None:
        super().__init__(zlib.MAX_WBITS)
        self._first = True

    def _first_step(self, data: bytes) -> bytes:
        if not self._first:
            return super()._first_step(data)
        self._first = False
        try:
            return super()._first_step(data)
        except zlib.error:
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
            return super()._first_step(data)


class _Brotli:
    def __init__(self, brotli: Any) -> None:
        self._error: type[Exception] = brotli.error
        self._inflate = brotli.Decompressor()

    def decode(self, data: bytes) -> Iterator[bytes]:
        inflate = self._inflate
        try:
            piece: bytes = inflate.process(data, output_buffer_limit=STEP)
            while True:
                if piece:
                    yield piece
                # Drained only once a step gives nothing and it takes input again.
                elif inflate.can_accept_more_data():
                    return
                piece = inflate.process(b"", output_buffer_limit=STEP)
        except self._error as exc:
            raise httpx.DecodingError(str(exc)) from exc

    def flush(self) -> Iterator[bytes]:
        return iter(())


class _Chain:
    """Several encodings, undone last-applied first, each in bounded steps."""

    def __init__(self, decoders: list[Decoder]) -> None:
        self._decoders = decoders

    def decode(self, data: bytes) -> Iterator[bytes]:
        return self._through(0, data)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._decoders):
            yield data
            return
        for piece in self._decoders[index].decode(data):
            yield from self._through(index + 1, piece)

    def flush(self) -> Iterator[bytes]:
        for index, decoder in enumerate(self._decoders):
            for piece in decoder.flush():
                yield from self._through(index + 1, piece)


def _bounded_brotli() -> Decoder | None:
    try:
        import brotli  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None
    decoder = _Brotli(brotli)
    return decoder if hasattr(decoder._inflate, "can_accept_more_data") else None


def bounded_decoder(headers: httpx.Headers) -> Decoder | None:
    """The decoder for a response with these headers; None: an encoding left to httpx."""
    names = [
        name.strip().lower()
        for name in headers.get_list("content-encoding", split_commas=True)
        if name.strip()
    ]
    decoders: list[Decoder] = []
    for name in reversed(names):
        decoder: Decoder | None
        if name == "identity":
            continue
        if name == "gzip":
            decoder = _Zlib(zlib.MAX_WBITS | 16)
        elif name == "deflate":
            decoder = _Deflate()
        elif name == "br":
            decoder = _bounded_brotli()
        else:
            decoder = None
        if decoder is None:
            return None
        decoders.append(decoder)
    if not decoders:
        return _Identity()
    return decoders[0] if len(decoders) == 1 else _Chain(decoders)


def decoder_for(response: httpx.Response) -> Decoder | None:
    """The decoder for ``response``'s raw body; None: read it decoded, with ``iter_bytes``.

    That is for an encoding left to httpx, and for a body already in memory (a response a
    transport built whole, whose raw stream is spent).
    """
    return None if response.is_stream_consumed else bounded_decoder(response.headers)


def iter_decoded(response: httpx.Response) -> Iterator[bytes]:
    """The decoded body of ``response``, in pieces of at most STEP bytes where it was encoded."""
    decoder = decoder_for(response)
    if decoder is None:
        yield from response.iter_bytes()
        return
    for chunk in response.iter_raw():
        yield from decoder.decode(chunk)
    yield from decoder.flush()


async def aiter_decoded(response: httpx.Response) -> AsyncIterator[bytes]:
    """:func:`iter_decoded` for a response read on the event loop."""
    decoder = decoder_for(response)
    if decoder is None:
        async for chunk in response.aiter_bytes():
            yield chunk
        return
    async for chunk in response.aiter_raw():
        for piece in decoder.decode(chunk):
            yield piece
    for piece in decoder.flush():
        yield piece
