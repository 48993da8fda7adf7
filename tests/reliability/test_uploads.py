"""An upload is retried only with the identical bytes; a body that cannot be replayed is sent once.

The loopback server records each request's body, so the test sees exactly what every attempt
carried: a retried upload must never arrive with an empty (already consumed) file part.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from returns.result import Failure, Success

from openrouter_core.errors import ConnectionError, ServiceUnavailableResponseError
from tests.faultserver import FaultServer, Respond, error_status, reset_before_status

from .conftest import RETRY, Caller, CoreFactory

CONTENT = b"%PDF-1.4 the only copy of this document " * 50
STORED = {"id": "file-1", "filename": "report.pdf"}


class OneWay(io.RawIOBase):
    """A readable stream that cannot go back, like a socket or a generator's output."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.fixture
def pipe() -> Iterator[Callable[[], Any]]:
    """Makes a pipe whose read end holds CONTENT (the writer is closed)."""
    opened: list[Any] = []

    def make() -> Any:
        read_fd, write_fd = os.pipe()
        os.write(write_fd, CONTENT)
        os.close(write_fd)
        reader = os.fdopen(read_fd, "rb")
        opened.append(reader)
        return reader

    yield make
    for reader in opened:
        reader.close()


def uploaded_content(body: bytes) -> bytes:
    """The file part's bytes from a multipart body."""
    _, _, rest = body.partition(b'name="file"')
    _, _, rest = rest.partition(b"\r\n\r\n")
    content, _, _ = rest.rpartition(b"\r\n--")
    return content


@pytest.mark.parametrize("source", ["one-way", "pipe", "one-way-tuple"])
def test_an_unreplayable_file_is_not_resent_after_a_503(
    source: str,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
    pipe: Callable[[], Any],
) -> None:
    makers: dict[str, Callable[[], Any]] = {
        "one-way": lambda: OneWay(CONTENT),
        "pipe": pipe,
        "one-way-tuple": lambda: ("report.pdf", OneWay(CONTENT), "application/pdf"),
    }
    file = makers[source]()
    server.enqueue(error_status(503, retry_after=0), Respond(200, STORED))
    result = caller.call("files_upload", make_core(retry_config=RETRY), {"file": file})
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), ServiceUnavailableResponseError)
    assert len(server.requests) == 1
    assert uploaded_content(server.requests[0].body) == CONTENT


def test_an_unreplayable_file_is_not_resent_after_the_connection_broke(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(reset_before_status(), Respond(200, STORED))
    core = make_core(retry_config=RETRY)
    result = caller.call("files_upload", core, {"file": OneWay(CONTENT)})
    assert isinstance(result.failure(), ConnectionError)
    assert len(server.requests) == 1


@pytest.mark.parametrize("source", ["bytes", "bytes-io", "tuple-bytes-io", "file"])
def test_a_replayable_file_is_resent_with_identical_bytes(
    source: str,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
    tmp_path: Any,
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(CONTENT)
    with path.open("rb") as on_disk:
        file: Any = {
            "bytes": CONTENT,
            "bytes-io": io.BytesIO(CONTENT),
            "tuple-bytes-io": ("report.pdf", io.BytesIO(CONTENT), "application/pdf"),
            "file": on_disk,
        }[source]
        server.enqueue(
            error_status(503, retry_after=0),
            error_status(529, retry_after=0),
            Respond(200, STORED),
        )
        result = caller.call("files_upload", make_core(retry_config=RETRY), {"file": file})
    assert isinstance(result, Success), result
    bodies = [uploaded_content(request.body) for request in server.requests]
    assert bodies == [CONTENT] * 3
