"""Cold-start probe: a fresh process imports one SDK, fetches credits once, and exits.

Run by ``benchmarks/cold_start.py`` as ``python benchmarks/probes/credits_once.py
{ours|official|bare} BASE_URL``. On success it prints ``time.monotonic()`` taken the moment it
holds the answer, then its peak RSS in KiB. It imports nothing
from the benchmark package, so the process holds only the contender's own imports; it sits in
a folder of its own because a script's folder goes first on ``sys.path`` and the benchmark
modules beside it must not shadow anything.
"""

import resource
import sys
import time

API_KEY = "sk-or-v1-benchmark"


def ours(base_url: str) -> object:
    from openrouter_core import OpenRouterCore
    from openrouter_funcs.credits_get_credits import credits_get_credits

    core = OpenRouterCore(api_key=API_KEY, server_url=base_url)
    return credits_get_credits(core).unwrap()


def official(base_url: str) -> object:
    from openrouter import OpenRouter

    return OpenRouter(api_key=API_KEY, server_url=base_url).credits.get_credits()


def bare(base_url: str) -> object:
    import json

    import httpx

    response = httpx.get(f"{base_url}/credits", headers={"Authorization": f"Bearer {API_KEY}"})
    response.raise_for_status()
    return json.loads(response.content)


def main() -> int:
    contender, base_url = sys.argv[1], sys.argv[2]
    value = {"ours": ours, "official": official, "bare": bare}[contender](base_url)
    answered_at = time.monotonic()
    if "100.5" not in repr(value):
        print(f"unexpected credits answer: {value!r:.120}", file=sys.stderr)
        return 3
    print(answered_at, peak_rss_kib())
    return 0


def peak_rss_kib() -> int:
    """This process's own peak RSS.

    Linux's ru_maxrss is no good here: subprocess starts children with vfork, so the parent's
    peak is folded into the child's at exec. VmHWM belongs to the new address space alone.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    # Elsewhere fall back to ru_maxrss (KiB on Linux and BSD, bytes on macOS).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    sys.exit(main())
