"""run_many's results file: one JSON line per finished request, appended as it finishes."""

from __future__ import annotations

import json
import os
import weakref
from typing import Any

from returns.result import Result, Success

from openrouter_core import to_json
from openrouter_funcs._id_set import IdSet


def _error_fields(error: object) -> dict[str, object]:
    fields: dict[str, object] = {"class": type(error).__name__, "message": str(error)}
    status = getattr(error, "status_code", None)
    if isinstance(status, int):
        fields["status"] = status
    return fields


def _line(id: str, result: Result[Any, Any]) -> bytes:
    """One results-file line: JSON with no raw newline in it (``json`` escapes them)."""
    head = '{"id":' + json.dumps(id, ensure_ascii=False)
    if isinstance(result, Success):
        try:
            value = to_json(result.unwrap())
        except Exception as error:  # a value that is not JSON (a stream): say so, keep the ok
            return (
                head
                + ',"ok":true,"value":null,"value_error":'
                + json.dumps(f"{type(error).__name__}: {error}", ensure_ascii=False)
                + "}\n"
            ).encode("utf-8")
        return (head + ',"ok":true,"value":' + value + "}\n").encode("utf-8")
    fields = _error_fields(result.failure())
    return (head + ',"ok":false,"error":' + json.dumps(fields, ensure_ascii=False) + "}\n").encode(
        "utf-8"
    )


class ResultsFile:
    """The append-only JSON-lines record of finished requests, read back on a rerun.

    Each line goes out in one ``os.write`` on an ``O_APPEND`` descriptor as soon as its
    request finishes, so a killed process leaves every finished line in the file; one run at a
    time holds the file (an advisory lock, on POSIX). A kill in
    the middle of a long line can leave that line torn (the kernel may stop a write between
    pages); it has no newline, so the next run cuts it off before appending.
    """

    def __init__(self, path: str | os.PathLike[str], retry_failures: bool) -> None:
        self.path = os.fspath(path)
        #: Digests of the ids a rerun skips: the last line of each says ok (or failed, when
        #: failures are not retried).
        self.done = IdSet()
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as error:
            # OSError(errno, ...) is the matching subclass (PermissionError, FileNotFoundError).
            raise OSError(
                error.errno, f"run_many cannot open its results file: {error.strerror}", self.path
            ) from None
        # Closed when the run ends, or with this object if the run is never started.
        self._closer = weakref.finalize(self, os.close, self._fd)
        try:
            self._lock()
            self._read(retry_failures)
        except BaseException:
            self.close()
            raise

    def _lock(self) -> None:
        # Two runs appending to one file would send the same ids twice. The kernel drops the
        # lock with the process, however it ends (SIGKILL included).
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no advisory locks
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise BlockingIOError(
                error.errno,
                "another run_many is writing to this results file; let it finish or stop it",
                self.path,
            ) from None

    def _read(self, retry_failures: bool) -> None:
        complete = 0  # bytes up to the end of the last whole line
        with os.fdopen(os.dup(self._fd), "rb") as reader:
            reader.seek(0)
            for number, raw in enumerate(reader, start=1):
                if not raw.endswith(b"\n"):
                    break  # torn by a kill: cut off below
                id, ok = self._parse(raw, number)
                if ok or not retry_failures:
                    self.done.add(id)
                else:
                    self.done.discard(id)
                complete += len(raw)
            size = reader.seek(0, os.SEEK_END)
        if size > complete:
            os.ftruncate(self._fd, complete)

    def _parse(self, raw: bytes, number: int) -> tuple[str, bool]:
        try:
            record = json.loads(raw)
        except ValueError:
            record = None
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("id"), str)
            or not isinstance(record.get("ok"), bool)
        ):
            raise ValueError(
                f"{self.path!r} line {number} is not a run_many results line (JSON with "
                '"id" and "ok"); pass a new results_path, or the file a run wrote'
            )
        return record["id"], record["ok"]

    def record(self, id: str, result: Result[Any, Any]) -> None:
        if self._fd < 0:
            return  # a call given up on after the run stopped; its descriptor is gone
        data = memoryview(_line(id, result))
        while data:
            data = data[os.write(self._fd, data) :]

    def close(self) -> None:
        self._fd = -1
        self._closer()
