"""How fast the test fault server starts, stops and takes a burst of connections (a script).

These were timing assertions in tests/test_faultserver.py; timings belong here, where a loaded
machine makes a number worse instead of failing a test::

    python -m benchmarks.faultserver_timing
    python -m benchmarks.faultserver_timing --connections 1000 --rounds 5

It prints, as medians over the rounds: start time, stop time with five idle keep-alive
connections open, how long stop() takes to break a 30 s stall, and how long it takes
``--connections`` raw sockets to be accepted and answered all at once.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import threading
import time

import httpx

from tests.faultserver import FaultServer, Stall


def start_and_stop() -> tuple[float, float]:
    t0 = time.perf_counter()
    server = FaultServer().start()
    started = time.perf_counter() - t0
    clients = [httpx.Client(base_url=server.url, timeout=2.0) for _ in range(5)]
    for client in clients:
        client.get("/")
    t0 = time.perf_counter()
    server.stop()
    stopped = time.perf_counter() - t0
    for client in clients:
        client.close()
    return started, stopped


def stop_during_stall() -> float:
    server = FaultServer(Stall(30)).start()

    def call() -> None:
        try:
            with httpx.Client(timeout=35) as client:
                client.get(server.url)
        except httpx.HTTPError:
            pass

    thread = threading.Thread(target=call)
    thread.start()
    server.wait_for_requests(1, timeout=5)
    t0 = time.perf_counter()
    server.stop()
    elapsed = time.perf_counter() - t0
    thread.join(35)
    return elapsed


async def _raw_get(port: int, path: str, done: asyncio.Event) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        head = await reader.readuntil(b"\r\n\r\n")
        await done.wait()  # hold every connection open until all are served
        return head
    finally:
        writer.close()


async def burst(connections: int) -> float:
    with FaultServer() as server:
        done = asyncio.Event()
        t0 = time.perf_counter()
        tasks = [
            asyncio.ensure_future(_raw_get(server.port, f"/r/{i}", done))
            for i in range(connections)
        ]
        served = await asyncio.to_thread(server.wait_for_requests, connections, 60.0)
        elapsed = time.perf_counter() - t0
        open_at_once = server.active_connections
        done.set()
        await asyncio.gather(*tasks)
    if not served or open_at_once != connections:
        raise SystemExit(f"burst failed: served={served}, open at once={open_at_once}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=1000)
    args = parser.parse_args()
    starts, stops, stall_stops, bursts = [], [], [], []
    for _ in range(args.rounds):
        started, stopped = start_and_stop()
        starts.append(started)
        stops.append(stopped)
        stall_stops.append(stop_during_stall())
        bursts.append(asyncio.run(burst(args.connections)))
    ms = 1000
    print(f"start                          {statistics.median(starts) * ms:8.1f} ms")
    print(f"stop (5 idle connections)      {statistics.median(stops) * ms:8.1f} ms")
    print(f"stop during a 30 s stall       {statistics.median(stall_stops) * ms:8.1f} ms")
    print(
        f"{args.connections} connections at once     "
        f"{statistics.median(bursts) * ms:8.1f} ms (all accepted and answered)"
    )


if __name__ == "__main__":
    main()
