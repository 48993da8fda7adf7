"""The offline stand-in behind a real socket: a fault-server answer for every operation.

``FaultServer(default=StandInAnswer())`` answers each request as the stand-in would (the
spec's example for its operation), over loopback, so recording tests see real HTTP.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from openrouter_core.testing import StandInTransport
from tests.faultserver import Exchange, Fault, Respond


@dataclass(frozen=True)
class StandInAnswer(Fault):
    """Answers like the stand-in, plus ``headers`` on every response."""

    headers: Mapping[str, str] = field(default_factory=dict)
    transport: StandInTransport = field(default_factory=StandInTransport)

    def serve(self, ex: Exchange) -> bool:
        sent = ex.request
        url = f"http://{sent.headers.get('host', 'localhost')}{sent.path}"
        request = httpx.Request(
            sent.method,
            url + (f"?{sent.query}" if sent.query else ""),
            headers=sent.headers,
            content=sent.body,
        )
        response = self.transport.handle_request(request)
        response.read()
        headers = {**self.headers}
        if "content-type" in response.headers:
            headers["Content-Type"] = response.headers["content-type"]
        return Respond(response.status_code, response.content, headers=headers).serve(ex)
