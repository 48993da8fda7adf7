"""The sync twins ``python -m codegen`` writes from hand-written async modules: the rewrite
rules, the twins on disk being the ones the generator writes, and ``--check`` failing on a
stale one."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import unasync
from codegen.render import format_files

ASYNC_SOURCE = '''\
from collections.abc import AsyncIterator, Iterator

from openrouter_core._async_thing import AsyncThing, helper_async


class AsyncReader:
    """Reads through ``AsyncThing``; ``aclose`` closes it."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:  # its aiter_bytes
            yield chunk

    async def aclose(self) -> None:
        await aclose_shielded(self._inner)  # unasync: self._inner.close()
        await self.clock.async_sleep(await anext(self._waits, 0.0))
        raise StopAsyncIteration

    async def __aenter__(self) -> AsyncReader:  # unasync: remove
        return self
'''

SYNC_TEXT = '''\
from collections.abc import Iterator

from openrouter_core._sync_thing import Thing, helper


class Reader:
    """Reads through ``Thing``; ``close`` closes it."""

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:  # its iter_bytes
            yield chunk

    def close(self) -> None:
        self._inner.close()
        self.clock.sleep(next(self._waits, 0.0))
        raise StopIteration

        return self
'''


def test_the_rules_turn_async_code_into_its_sync_twin() -> None:
    assert unasync.unasync(ASYNC_SOURCE) == SYNC_TEXT


def test_a_twin_may_name_its_own_sync_names() -> None:
    text = "import httpx\n\nclass W(httpx.AsyncByteStream):\n    pass\n"
    names = {"AsyncByteStream": "SyncByteStream"}
    assert "httpx.SyncByteStream" in unasync.unasync(text, names)
    assert "httpx.ByteStream" in unasync.unasync(text)


def test_every_sync_twin_on_disk_is_the_one_the_generator_writes() -> None:
    files = format_files(unasync.render_twins())
    assert files, "no twins listed"
    for relpath, text in files.items():
        on_disk = (unasync.ROOT / relpath).read_text(encoding="utf-8")
        assert on_disk == text, f"{relpath} is stale: run python -m codegen"
        assert on_disk.splitlines()[0].endswith("do not edit."), relpath


#: A twin of its own, so these tests hold whatever rows TWINS has.
SAMPLE = unasync.Twin("pkg/_async_sample.py", "pkg/_sync_sample.py")


def _sample_root(root: Path) -> Path:
    (root / "pkg").mkdir()
    (root / SAMPLE.source).write_text(
        "async def fetch_async(client):\n    return await client.aread()\n", encoding="utf-8"
    )
    assert unasync.main(["--root", str(root)], twins=[SAMPLE]) == 0
    return root


def test_write_mode_writes_the_sync_twin(tmp_path: Path) -> None:
    written = (_sample_root(tmp_path) / SAMPLE.target).read_text(encoding="utf-8")
    assert written.splitlines()[0] == (f"{unasync.SYNC_MARK} {SAMPLE.source}; do not edit.")
    assert "def fetch(client):\n    return client.read()\n" in written


def test_check_fails_when_an_async_source_changed_and_passes_once_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(_sample_root(tmp_path))
    assert unasync.main(["--check", "--root", root], twins=[SAMPLE]) == 0
    source = tmp_path / SAMPLE.source
    source.write_text(source.read_text(encoding="utf-8") + "\nEDITED = 1\n", encoding="utf-8")
    assert unasync.main(["--check", "--root", root], twins=[SAMPLE]) == 1
    assert f"would change: {SAMPLE.target}" in capsys.readouterr().out
    assert unasync.main(["--root", root], twins=[SAMPLE]) == 0
    assert unasync.main(["--check", "--root", root], twins=[SAMPLE]) == 0


def test_check_reports_a_sync_twin_whose_source_left_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(_sample_root(tmp_path))
    orphan = "pkg/_sync_gone.py"
    (tmp_path / orphan).write_text(f"{unasync.SYNC_MARK} gone.py; do not edit.\n")
    assert unasync.main(["--check", "--root", root], twins=[SAMPLE]) == 1
    assert f"would remove: {orphan}" in capsys.readouterr().out
