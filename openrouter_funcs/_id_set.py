"""A set of ids kept as 16-byte digests in one flat table: 32 to 64 bytes per id.

run_many must remember every id it has seen (to refuse a repeat) and every id a results file
marks done (to skip it), so this is the one part of a run that grows with the input. A Python
``set`` of digests costs about 100 bytes per id; this table costs the digest and the free
room open addressing needs.
"""

from __future__ import annotations

import hashlib

_WIDTH = 16
_FREE = bytes(_WIDTH)
_REMOVED = b"\xff" * _WIDTH


def _digest(id: str) -> bytes:
    digest = hashlib.blake2b(id.encode("utf-8"), digest_size=_WIDTH).digest()
    # The two markers are digests no id is likely to have; if one does, it gets another.
    return digest if digest not in (_FREE, _REMOVED) else b"\x01" + digest[1:]


class IdSet:
    """Ids, by digest, in an open-addressing table (linear probing) at most half full."""

    def __init__(self) -> None:
        self._table = bytearray(_WIDTH * 1024)
        self._mask = 1023
        self._used = 0  # taken slots, removed ones included: what bounds a probe

    def _find(self, digest: bytes) -> tuple[int, bool]:
        """The slot holding ``digest`` and True, or the slot to put it in and False."""
        index = int.from_bytes(digest[:8], "little") & self._mask
        reusable = -1
        while True:
            start = index * _WIDTH
            slot = self._table[start : start + _WIDTH]
            if slot == digest:
                return index, True
            if slot == _FREE:
                return (index if reusable < 0 else reusable), False
            if slot == _REMOVED and reusable < 0:
                reusable = index
            index = (index + 1) & self._mask

    def __contains__(self, id: str) -> bool:
        return self._find(_digest(id))[1]

    def add(self, id: str) -> None:
        digest = _digest(id)
        index, present = self._find(digest)
        if present:
            return
        start = index * _WIDTH
        if self._table[start : start + _WIDTH] == _FREE:
            self._used += 1
        self._table[start : start + _WIDTH] = digest
        if self._used * 2 > self._mask + 1:
            self._grow()

    def discard(self, id: str) -> None:
        index, present = self._find(_digest(id))
        if present:
            self._table[index * _WIDTH : (index + 1) * _WIDTH] = _REMOVED

    def _grow(self) -> None:
        old = self._table
        self._table = bytearray(len(old) * 2)
        self._mask = len(self._table) // _WIDTH - 1
        self._used = 0
        for start in range(0, len(old), _WIDTH):
            digest = bytes(old[start : start + _WIDTH])
            if digest not in (_FREE, _REMOVED):
                index = self._find(digest)[0] * _WIDTH
                self._table[index : index + _WIDTH] = digest
                self._used += 1
