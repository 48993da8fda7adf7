"""Every Python snippet of README.md runs, against the offline stand-in, as a user would paste it.

``OpenRouterCore(...)`` in a snippet builds a stand-in core with the same settings, and a
snippet that uses ``core`` without making one gets a stand-in core.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

import openrouter_core
from openrouter_core.testing import standin_core

from .conftest import make_core

README = Path(__file__).resolve().parent.parent / "README.md"
SNIPPETS = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M)


def standin(**settings: Any) -> openrouter_core.OpenRouterCore:
    settings.pop("api_key", None)
    return standin_core(**settings)


def run(
    snippet: str, monkeypatch: pytest.MonkeyPatch, core: Any = None
) -> tuple[dict[str, Any], str]:
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-or-readme")
    monkeypatch.setattr(openrouter_core, "OpenRouterCore", standin)
    namespace: dict[str, Any] = {"__name__": "readme_snippet", "core": core or standin_core()}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet, "README.md", "exec"), namespace)
    return namespace, out.getvalue()


def test_the_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 5


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda s: s.splitlines()[0][:40])
def test_each_readme_snippet_runs_offline_and_nothing_fails(
    snippet: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # files a snippet writes (a bulk run's results) land here
    namespace, printed = run(snippet, monkeypatch)
    assert "failed" not in printed, printed
    if "lambda_handler" in namespace:
        reply = namespace["lambda_handler"]({"question": "Capital of France?"}, None)
        assert reply["statusCode"] == 200
        assert isinstance(reply["body"], str) and reply["body"]


def chunk(choices: list[dict[str, Any]], **more: Any) -> str:
    body = {"id": "gen-1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    return "data: " + json.dumps({**body, "choices": choices, **more}) + "\n\n"


def test_the_streaming_snippet_survives_the_usage_only_last_chunk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # OpenRouter ends a chat stream with a chunk whose choices are empty and usage is set.
    events = (
        chunk([{"index": 0, "delta": {"content": "Par"}, "finish_reason": None}])
        + chunk([{"index": 0, "delta": {"content": "is"}, "finish_reason": "stop"}])
        + chunk([], usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5})
        + "data: [DONE]\n\n"
    )

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=events, headers={"content-type": "text/event-stream"})

    snippet = next(s for s in SNIPPETS if '"stream": True' in s)
    _, printed = run(snippet, monkeypatch, core=make_core(answer))
    assert printed == "Paris"
