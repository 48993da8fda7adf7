"""What a simple call loads: the modules only failures, bodies, streams or pages need stay out.

Every module a process imports costs start-up time and memory whether it runs or not, so the
runtime imports the code of rarer paths where that path begins. These tests pin that for the
cheapest call there is (``GET /credits``), in a fresh interpreter each.
"""

from __future__ import annotations

import json
import subprocess
import sys

#: Modules a successful credits call has no use for, each with the path that does need it.
NOT_NEEDED = {
    "cattrs": "decoding a tool's arguments (openrouter_funcs._decoding)",
    "openrouter_core._codec.writer": "request bodies, dict requests, to_dict",
    "openrouter_core._causes": "a failure's cause",
    "openrouter_core._transport_errors": "a call that gets no answer",
    "openrouter_core._multipart": "multipart bodies",
    "openrouter_core._sse": "event streams",
    "openrouter_core.streams": "event streams",
    "openrouter_core.pagination": "paged listings",
    "openrouter_core._ledger": "a core with a UsageLedger",
    "openrouter_core._limiter": "a core with a RateLimiter",
    "openrouter_core._fallbacks": "with_fallbacks",
    "openrouter_core._generation_stats": "generation_stats",
    "openrouter_core._stream_watch": "a ledger or limiter watching a stream",
    "openrouter_core._dump": "to_dict / to_json / from_dict",
    "openrouter_core._text": "message_text / as_message_param",
    # The deadline backend wraps httpcore's, and importing httpcore imports trio where trio is
    # installed (over 100 ms): both wait until the core makes a client of its own.
    "openrouter_core._deadline_backend": "the core's own clients, made on their first call",
    "httpcore": "the core's own clients (httpx imports it when it makes a transport)",
    "trio": "calls under trio",
}

_CALL = """
import httpx
from openrouter_core import OpenRouterCore
from openrouter_funcs.credits_get_credits import credits_get_credits

body = {"data": {"total_credits": 100.5, "total_usage": 25.75}}
client = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))
core = OpenRouterCore(api_key="sk-or-v1-test", client=client)
assert credits_get_credits(core).unwrap().data.total_credits == 100.5
"""


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    report = "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run(
        [sys.executable, "-c", code + report], capture_output=True, text=True, check=True
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


#: What `import httpx` loads by itself (httpx 0.27 imports httpcore, and so trio, at once).
HTTPX_LOADS = loaded_after("import httpx")


def test_importing_credits_get_credits_loads_no_module_it_does_not_need() -> None:
    loaded = loaded_after("import openrouter_funcs.credits_get_credits")
    assert "openrouter_core._pipeline" in loaded  # the probe sees the runtime at all
    assert sorted(loaded & NOT_NEEDED.keys() - HTTPX_LOADS) == []


def test_a_successful_credits_call_loads_no_module_it_does_not_need() -> None:
    loaded = loaded_after(_CALL)
    assert "openrouter_core._codec.readers" in loaded
    assert sorted(loaded & NOT_NEEDED.keys() - HTTPX_LOADS) == []


def test_a_failing_call_still_finds_what_it_needs() -> None:
    # The modules left out above load where their path begins: a refused connection and a
    # body that is not JSON each come back as a Failure, not an ImportError.
    code = """
import httpx
from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core.errors import ConnectionError, ResponseValidationError
from openrouter_funcs.credits_get_credits import credits_get_credits

def refuse(request):
    raise httpx.ConnectError("refused", request=request)

refusing = httpx.Client(transport=httpx.MockTransport(refuse))
core = OpenRouterCore(api_key="k", client=refusing, retry_config=RetryConfig(strategy="none"))
failure = credits_get_credits(core).failure()
assert isinstance(failure, ConnectionError), repr(failure)

garbled = httpx.MockTransport(
    lambda r: httpx.Response(200, content=b"{not json", headers={"content-type": "application/json"}))
core = OpenRouterCore(api_key="k", client=httpx.Client(transport=garbled))
failure = credits_get_credits(core).failure()
assert isinstance(failure, ResponseValidationError), repr(failure)
assert failure.cause is not None
"""
    loaded = loaded_after(code)
    assert {"openrouter_core._transport_errors", "openrouter_core._causes"} <= loaded
