"""Peak memory when a server sends an oversized stream event or body (a script, not a test).

Each case runs in a fresh process against a loopback fault server and prints the outcome and
the process's peak RSS::

    python -m benchmarks.oversized            # 100 MB event line, 2 GB declared body
    python -m benchmarks.oversized --mb 300

Cases: ``event`` is one ``data:`` line of ``--mb`` MB without a line end (the stream ends with
a Failure once it passes the core's ``max_event_bytes``, 16 MiB by default); ``body`` is a JSON
body declaring 2 GB in ``Content-Length`` (refused before reading, past ``max_body_bytes``);
``chunked`` is a JSON body of ``--mb`` MB plus 256 MiB with no length (cut off while
reading, past ``max_body_bytes``).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys


def run_case(case: str, megabytes: int) -> None:
    from returns.result import Failure

    from openrouter_core import OpenRouterCore, RetryConfig
    from openrouter_funcs.chat_send import chat_send
    from openrouter_funcs.credits_get_credits import credits_get_credits
    from tests.faultserver import EventStream, FaultServer, HugeBody

    size = megabytes * 1_000_000
    with FaultServer() as server:
        core = OpenRouterCore(
            api_key="sk-or-v1-oversized",
            server_url=server.url + "/api/v1",
            retry_config=RetryConfig(strategy="none"),
        )
        if case == "event":
            piece = b"x" * 1_000_000
            server.enqueue(EventStream([b"data: ", *([piece] * megabytes), b"\n\n"]))
            chat = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": True}
            with chat_send(core, chat).unwrap() as stream:
                outcome: object = [
                    type(item.failure()).__name__ for item in stream if isinstance(item, Failure)
                ]
        else:
            body = HugeBody(2_000_000_000 if case == "body" else size + 256 * 1024 * 1024)
            if case == "chunked":
                server.enqueue(
                    EventStream(
                        list(body.iter_body()), headers={"Content-Type": "application/json"}
                    )
                )
            else:
                server.enqueue(body)
            result = credits_get_credits(core)
            outcome = type(result.failure()).__name__ if isinstance(result, Failure) else "Success"
        core.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{case:<8} {megabytes:>5} MB  outcome {outcome}  peak RSS {peak:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--case", choices=["event", "body", "chunked"])
    args = parser.parse_args()
    if args.case:
        run_case(args.case, args.mb)
        return
    for case in ("event", "body", "chunked"):
        subprocess.run(
            [sys.executable, "-m", "benchmarks.oversized", "--case", case, "--mb", str(args.mb)],
            check=False,
        )


if __name__ == "__main__":
    main()
