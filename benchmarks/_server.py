"""A loopback HTTP/1.1 server with keep-alive, run in its own process.

It lives in a separate process so that serving never competes with the client under test for
the GIL, and it is asyncio-based so that a thousand concurrent connections cost no threads.
Run as ``python -m benchmarks._server --route /api/v1/credits=FILE ...``: it prints
``PORT <n>`` once listening and exits when its stdin closes (so it dies with its parent) or
after ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

from benchmarks._payloads import REPO_ROOT

_NOT_FOUND = b'{"error":{"code":404,"message":"Not Found"}}'


def _response(status: bytes, body: bytes, close: bool) -> bytes:
    head = (
        b"HTTP/1.1 " + status + b"\r\n"
        b"content-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n"
        b"connection: " + (b"close" if close else b"keep-alive") + b"\r\n\r\n"
    )
    return head + body


async def _serve_connection(
    routes: Mapping[bytes, bytes], reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, _, header_block = head.partition(b"\r\n")
            target = request_line.split(b" ")[1]
            length = 0
            close = False
            for line in header_block.lower().split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name == b"content-length":
                    length = int(value)
                elif name == b"connection":
                    close = value.strip() == b"close"
            if length:
                await reader.readexactly(length)
            body = routes.get(target.split(b"?", 1)[0])
            if body is None:
                writer.write(_response(b"404 Not Found", _NOT_FOUND, close))
            else:
                writer.write(_response(b"200 OK", body, close))
            await writer.drain()
            if close:
                break
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass  # the client went away, which is how keep-alive connections end
    except asyncio.CancelledError:
        # Shutdown cancels idle keep-alive handlers; swallowing it keeps asyncio from logging
        # each one as an error on the way out.
        pass
    finally:
        writer.close()


async def _main(routes: Mapping[bytes, bytes], max_seconds: float) -> None:
    server = await asyncio.start_server(
        lambda r, w: _serve_connection(routes, r, w), "127.0.0.1", 0, backlog=4096
    )
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    loop = asyncio.get_running_loop()
    parent_gone = asyncio.Event()

    def wait_for_eof() -> None:
        sys.stdin.buffer.read()
        loop.call_soon_threadsafe(parent_gone.set)

    # A daemon thread blocked on stdin notices the parent's exit (EOF) without polling, and
    # unlike an executor thread it does not hold up interpreter exit after --max-seconds.
    threading.Thread(target=wait_for_eof, daemon=True).start()
    async with server:
        await asyncio.wait([asyncio.ensure_future(parent_gone.wait())], timeout=max_seconds)


@contextlib.contextmanager
def loopback_server(routes: Mapping[str, bytes], max_seconds: float = 3_600) -> Iterator[str]:
    """Start the server in a child process and yield its base URL, e.g. ``http://127.0.0.1:PORT``."""
    with tempfile.TemporaryDirectory(prefix="bench-routes-") as tmp:
        args = [sys.executable, "-m", "benchmarks._server", "--max-seconds", str(max_seconds)]
        for i, (path, body) in enumerate(routes.items()):
            file = Path(tmp) / f"route{i}.json"
            file.write_bytes(body)
            args += ["--route", f"{path}={file}"]
        proc = subprocess.Popen(
            args, cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            if not line.startswith("PORT "):
                raise RuntimeError(f"loopback server did not start (said {line!r})")
            yield f"http://127.0.0.1:{int(line.split()[1])}"
        finally:
            assert proc.stdin is not None
            proc.stdin.close()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _parse_args(argv: list[str] | None) -> tuple[dict[bytes, bytes], float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--route", action="append", default=[], metavar="PATH=FILE")
    parser.add_argument("--max-seconds", type=float, default=3_600)
    ns = parser.parse_args(argv)
    routes: dict[bytes, bytes] = {}
    for spec in ns.route:
        path, _, file = spec.partition("=")
        routes[path.encode()] = Path(file).read_bytes()
    return routes, ns.max_seconds


if __name__ == "__main__":
    _routes, _max_seconds = _parse_args(None)
    asyncio.run(_main(_routes, _max_seconds))
