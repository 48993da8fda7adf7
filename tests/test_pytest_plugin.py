"""The pytest plugin, run the way a user runs it: a small test project, in its own pytest.

The first run records its cassettes against a loopback server; the second replays them with
the server stopped and every socket connection refused.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faultserver import FaultServer
from tests.standin_server import StandInAnswer

pytest_plugins = ["pytester"]

KEY = "sk-or-v1-" + "9c8b7a65" * 8

CONFTEST = """
import os
import socket

def pytest_configure(config):
    if os.environ.get("BLOCK_NETWORK"):
        def refuse(*args, **kwargs):
            raise OSError("the network is blocked in this run")
        socket.socket.connect = refuse
"""

TESTS = """
import pytest
from returns.result import Success
from openrouter_core import RetryConfig
from openrouter_core.accumulate import accumulate_chat_async
from openrouter_core.errors import ServiceUnavailableResponseError
from openrouter_core.testing import Fault
from openrouter_funcs.chat_send import chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

CHAT = {"model": "m", "messages": [{"role": "user", "content": "Hi"}], "stream": True}


def test_credits(openrouter_cassette):
    assert credits_get_credits(openrouter_cassette).unwrap().data.total_credits == 100.5


@pytest.mark.asyncio
async def test_chat(openrouter_cassette_async):
    stream = (await chat_send_async(openrouter_cassette_async, CHAT)).unwrap()
    assert (await accumulate_chat_async(stream)).content == "Hello"


@pytest.mark.openrouter(cassette="named")
def test_named(openrouter_cassette):
    assert isinstance(credits_get_credits(openrouter_cassette), Success)


class TestInAClass:
    def test_credits(self, openrouter_cassette):
        assert isinstance(credits_get_credits(openrouter_cassette), Success)


@pytest.mark.openrouter(
    faults=[Fault.status(503, on_call=1)], core={"retry_config": RetryConfig(strategy="none")}
)
def test_standin_with_a_fault(openrouter_standin):
    assert isinstance(credits_get_credits(openrouter_standin).failure(), ServiceUnavailableResponseError)
    assert isinstance(credits_get_credits(openrouter_standin), Success)


@pytest.mark.asyncio
async def test_standin_async(openrouter_standin_async):
    assert isinstance(await credits_get_credits_async(openrouter_standin_async), Success)
"""

NEW_TEST = """
import pytest
from openrouter_core import RetryConfig
from openrouter_funcs.credits_get_credits import credits_get_credits

@pytest.mark.openrouter(core={"retry_config": RetryConfig(strategy="none")})
def test_never_recorded(openrouter_cassette):
    assert credits_get_credits(openrouter_cassette).unwrap()
"""


@pytest.fixture
def project(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> Iterator[pytest.Pytester]:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("BLOCK_NETWORK", raising=False)
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_app=TESTS)
    yield pytester


def test_records_on_the_first_run_and_replays_offline_on_the_second(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FaultServer(default=StandInAnswer()) as server:
        monkeypatch.setenv("OPENROUTER_BASE_URL", server.url + "/api/v1")
        first = project.runpytest_subprocess("-p", "no:cacheprovider")
        first.assert_outcomes(passed=6)
        recorded = server.request_count
    assert recorded == 4  # the stand-in tests never reach the server

    folder = project.path / "cassettes" / "test_app"
    names = sorted(path.name for path in folder.iterdir())
    assert names == [
        "TestInAClass.test_credits.yaml",
        "named.yaml",
        "test_chat.yaml",
        "test_credits.yaml",
    ]
    for path in folder.iterdir():
        assert KEY not in path.read_text()

    monkeypatch.setenv("BLOCK_NETWORK", "1")
    monkeypatch.setenv("CI", "true")  # CI replays only, by default
    second = project.runpytest_subprocess("-p", "no:cacheprovider")
    second.assert_outcomes(passed=6)


def test_in_ci_a_test_without_a_cassette_fails_with_the_reason(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makepyfile(test_new=NEW_TEST)
    monkeypatch.setenv("CI", "1")
    monkeypatch.setenv("BLOCK_NETWORK", "1")
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "test_new.py")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*test_never_recorded.yaml (mode 'none') does not exist*"])
    assert not (project.path / "cassettes" / "test_new").exists()


def test_the_record_option_overrides_the_default(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makepyfile(test_new=NEW_TEST)
    monkeypatch.setenv("CI", "1")
    monkeypatch.setenv("BLOCK_NETWORK", "1")
    monkeypatch.setenv("OPENROUTER_BASE_URL", "http://127.0.0.1:9/api/v1")
    result = project.runpytest_subprocess(
        "-p", "no:cacheprovider", "--openrouter-record=once", "test_new.py"
    )
    result.assert_outcomes(failed=1)  # it went to the network, which is blocked
    result.stdout.fnmatch_lines(["*the network is blocked in this run*"])


def test_loading_the_plugin_loads_nothing_of_the_sdk_beyond_its_package() -> None:
    code = (
        "import sys, json; import openrouter_core.pytest_plugin; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('openrouter') or m == 'yaml')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout))
    assert not loaded & {
        "openrouter_core.testing",
        "openrouter_core._cassettes",
        "openrouter_core._faults",
        "openrouter_funcs",
        "yaml",
    }


def test_importing_the_sdk_does_not_load_the_plugin_or_pytest() -> None:
    code = "import sys, openrouter_core; print('pytest' in sys.modules, 'openrouter_core.pytest_plugin' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_plugin_is_registered_for_pytest() -> None:
    from importlib.metadata import entry_points

    plugins = {entry.value for entry in entry_points(group="pytest11")}
    assert "openrouter_core.pytest_plugin" in plugins
    assert (
        Path(__file__)
        .parent.parent.joinpath("pyproject.toml")
        .read_text()
        .count('openrouter = "openrouter_core.pytest_plugin"')
        == 1
    )


def test_the_example_test_file_passes_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """examples/test_my_app.py, as a user would run it in CI: from its committed cassette."""
    root = Path(__file__).parent.parent
    monkeypatch.setenv("CI", "1")
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    monkeypatch.delenv("OPENROUTER_BASE_URL", raising=False)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "examples/test_my_app.py"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "6 passed" in run.stdout
