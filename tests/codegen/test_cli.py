"""``python -m codegen`` called in-process on a small spec: write mode writes what check mode
expects, check mode reports changed and stale files and exits non-zero."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import __main__ as cli
from codegen import overlay
from codegen.render import GENERATED_MARK
from tests.codegen.tiny_spec import write_tiny_spec

FUNCTION = "openrouter_funcs/things_get.py"


@pytest.fixture
def spec_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # The overlay corrects schemas of the real spec; this one has none of them.
    monkeypatch.setattr(overlay, "load_overlay", lambda: {})
    spec, _ = write_tiny_spec(tmp_path / "spec")
    return spec


def _run(spec: Path, out: Path, *extra: str) -> int:
    return cli.main(["--spec", str(spec), "--out", str(out), *extra])


def test_write_mode_writes_every_generated_file(
    spec_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _run(spec_path, out) == 0
    files = cli.generate(spec_path, spec_path.parent / "operations.tsv").files
    assert (
        f"{len(files)} files generated: {len(files)} written, 0 removed." in capsys.readouterr().out
    )
    for relpath, text in files.items():
        assert (out / relpath).read_text(encoding="utf-8") == text
    assert {"openrouter_funcs/things_chat.py", FUNCTION, "tests/generated/cases.py"} <= set(files)


def test_check_mode_passes_on_what_write_mode_wrote(
    spec_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    _run(spec_path, out)
    capsys.readouterr()
    assert _run(spec_path, out, "--check") == 0
    assert capsys.readouterr().out == ""


def test_check_mode_reports_a_changed_file_and_leaves_it(
    spec_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    _run(spec_path, out)
    edited = (out / FUNCTION).read_text(encoding="utf-8") + "# edited by hand\n"
    (out / FUNCTION).write_text(edited, encoding="utf-8")
    (out / "openrouter_funcs/things_create.py").unlink()
    capsys.readouterr()
    assert _run(spec_path, out, "--check") == 1
    assert capsys.readouterr().out.splitlines() == [
        "would change: openrouter_funcs/things_create.py",
        f"would change: {FUNCTION}",
    ]
    assert (out / FUNCTION).read_text(encoding="utf-8") == edited
    assert _run(spec_path, out) == 0
    assert _run(spec_path, out, "--check") == 0


def test_a_stale_generated_file_is_reported_then_removed(
    spec_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    _run(spec_path, out)
    stale = out / "openrouter_funcs/things_gone.py"
    stale.write_text(f"{GENERATED_MARK} (gone) by `python -m codegen`; do not edit.\n")
    hand_written = out / "tests/generated/notes.py"
    hand_written.write_text('"""Not generated: the generator leaves it alone."""\n')
    capsys.readouterr()
    assert _run(spec_path, out, "--check") == 1
    assert capsys.readouterr().out == "would remove: openrouter_funcs/things_gone.py\n"
    assert stale.exists()
    assert _run(spec_path, out) == 0
    assert "0 written, 1 removed." in capsys.readouterr().out
    assert not stale.exists() and hand_written.exists()


def test_the_table_option_overrides_the_one_next_to_the_spec(
    spec_path: Path, tmp_path: Path
) -> None:
    table = spec_path.parent / "operations.tsv"
    other = tmp_path / "only_get.tsv"
    lines = table.read_text(encoding="utf-8").splitlines()
    other.write_text("\n".join(line for line in lines if "things_c" not in line) + "\n")
    out = tmp_path / "out"
    assert _run(spec_path, out, "--table", str(other)) == 0
    assert (out / FUNCTION).exists()
    assert not (out / "openrouter_funcs/things_create.py").exists()
