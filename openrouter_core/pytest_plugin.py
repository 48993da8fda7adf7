"""The pytest plugin of openrouter-funcs: fixtures for cores on the stand-in and on cassettes.

Installed with the package (the ``pytest11`` entry point), so a test asks for it by name::

    def test_credits(openrouter_cassette):           # records once, then replays offline
        assert credits_get_credits(openrouter_cassette).unwrap().data.total_credits > 0

    @pytest.mark.openrouter(faults=[Fault.status(503, on_call=1)])
    def test_retry(openrouter_standin): ...

Fixtures: ``openrouter_standin`` and ``openrouter_cassette`` (sync tests; the core's async
twin works too), ``openrouter_standin_async`` and ``openrouter_cassette_async`` (async
fixtures that close the async client on the test's loop), and the transports behind them,
``openrouter_standin_transport`` and ``openrouter_cassette_transport``.

Cassettes live beside the test: ``cassettes/<module>/<test>.yaml`` (``.json`` when PyYAML is
missing, or when that file exists). The mode comes from ``--openrouter-record`` (``once``,
``none``, ``new_episodes``, ``all``); by default ``none`` when the ``CI`` variable is set,
else ``once``. The marker ``@pytest.mark.openrouter(cassette="name", faults=[...],
mode="none", core={...})`` names the cassette, adds faults, overrides the mode for one test
and passes arguments to the core.

The SDK is imported by the fixtures, not by this module, so loading the plugin costs pytest
nothing until a test asks for a fixture.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

if TYPE_CHECKING:
    from openrouter_core._cassettes import CassetteTransport
    from openrouter_core._core import OpenRouterCore
    from openrouter_core.testing import StandInTransport

_MODES = ("once", "none", "new_episodes", "all")
_MARKER = "openrouter"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("openrouter", "openrouter-funcs cassettes")
    group.addoption(
        "--openrouter-record",
        choices=_MODES,
        default=None,
        help="Cassette mode: once (record when missing), none (replay only), new_episodes, "
        "all. Default: none when CI is set, else once.",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(cassette=None, faults=(), mode=None, core=None): the cassette's name, "
        "faults for the openrouter fixtures, a record mode for this test, core arguments.",
    )


def _marker(request: pytest.FixtureRequest) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for mark in reversed(list(request.node.iter_markers(_MARKER))):
        options.update(mark.kwargs)  # the closest marker wins
    return options


def _record_mode(request: pytest.FixtureRequest) -> str:
    mode = _marker(request).get("mode") or request.config.getoption("--openrouter-record")
    if mode is None:
        mode = "none" if os.environ.get("CI") else "once"
    return str(mode)


def _cassette_path(request: pytest.FixtureRequest) -> Path:
    name = _marker(request).get("cassette")
    if name is None:
        name = request.node.name
        if request.cls is not None:
            name = f"{request.cls.__name__}.{name}"
    name = re.sub(r"[^\w.-]+", "_", str(name)).strip("_")
    test_file = Path(str(request.node.path))
    folder = test_file.parent / "cassettes" / test_file.stem
    for existing in (folder / f"{name}.yaml", folder / f"{name}.json"):
        if existing.exists():
            return existing
    try:
        import yaml  # noqa: F401
    except ImportError:
        return folder / f"{name}.json"
    return folder / f"{name}.yaml"


@pytest.fixture
def openrouter_cassette_transport(request: pytest.FixtureRequest) -> Iterator[CassetteTransport]:
    """The cassette transport of this test: recording or replaying, with the marker's faults."""
    from openrouter_core._cassettes import CassetteTransport

    transport = CassetteTransport(
        _cassette_path(request),
        mode=_record_mode(request),  # type: ignore[arg-type]
        faults=_marker(request).get("faults", ()),
    )
    yield transport
    transport.save()


@pytest.fixture
def openrouter_standin_transport(request: pytest.FixtureRequest) -> StandInTransport:
    """The stand-in transport of this test, with the marker's faults."""
    from openrouter_core.testing import StandInTransport

    return StandInTransport(faults=_marker(request).get("faults", ()))


def _cassette_core(request: pytest.FixtureRequest, transport: CassetteTransport) -> OpenRouterCore:
    from openrouter_core._cassettes import cassette_core

    return cassette_core(transport, **(_marker(request).get("core") or {}))


def _standin_core(request: pytest.FixtureRequest, transport: StandInTransport) -> OpenRouterCore:
    from openrouter_core.testing import standin_core

    return standin_core(transport=transport, **(_marker(request).get("core") or {}))


def _close_sync(core: OpenRouterCore) -> None:
    if core.client is not None:
        core.client.close()


@pytest.fixture
def openrouter_cassette(
    request: pytest.FixtureRequest, openrouter_cassette_transport: CassetteTransport
) -> Iterator[OpenRouterCore]:
    """A core configured like ``OpenRouterCore()`` whose calls go through this test's cassette."""
    core = _cassette_core(request, openrouter_cassette_transport)
    yield core
    _close_sync(core)


@pytest.fixture
def openrouter_standin(
    request: pytest.FixtureRequest, openrouter_standin_transport: StandInTransport
) -> Iterator[OpenRouterCore]:
    """A core on the offline stand-in (every operation answers its documented example)."""
    core = _standin_core(request, openrouter_standin_transport)
    yield core
    _close_sync(core)


_Function = TypeVar("_Function", bound=Callable[..., Any])


def _async_fixture(function: _Function) -> _Function:
    """A fixture made by pytest-asyncio's decorator, so it works in its strict mode too."""
    try:
        import pytest_asyncio
    except ImportError:  # pragma: no cover - without pytest-asyncio, async tests need a runner
        return cast(_Function, pytest.fixture(function))
    return cast(_Function, pytest_asyncio.fixture(function))


async def _close_both(core: OpenRouterCore) -> None:
    _close_sync(core)
    if core.async_client is not None:
        await core.async_client.aclose()


@_async_fixture
async def openrouter_cassette_async(
    request: pytest.FixtureRequest, openrouter_cassette_transport: CassetteTransport
) -> AsyncIterator[OpenRouterCore]:
    """:func:`openrouter_cassette` for async tests: its async client is closed on their loop."""
    core = _cassette_core(request, openrouter_cassette_transport)
    yield core
    await _close_both(core)


@_async_fixture
async def openrouter_standin_async(
    request: pytest.FixtureRequest, openrouter_standin_transport: StandInTransport
) -> AsyncIterator[OpenRouterCore]:
    """:func:`openrouter_standin` for async tests."""
    core = _standin_core(request, openrouter_standin_transport)
    yield core
    await _close_both(core)
