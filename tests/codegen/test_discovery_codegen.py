"""The package index lists the hand-written layer beside the generated functions."""

from __future__ import annotations

from pathlib import Path

from codegen.package_index import GENERATED, layer_index, render_package


def test_hand_written_public_modules_give_every_name_of_their_all(tmp_path: Path) -> None:
    (tmp_path / "tools.py").write_text('"""Tools."""\n__all__ = ["DEFAULT", "Tool", "tool"]\n')
    (tmp_path / "_private.py").write_text('__all__ = ["hidden"]\n')
    (tmp_path / "chat_send.py").write_text(f'{GENERATED}\n__all__ = ["chat_send"]\n')
    (tmp_path / "no_all.py").write_text("def helper() -> None: ...\n")
    assert layer_index(tmp_path) == {"DEFAULT": "tools", "Tool": "tools", "tool": "tools"}


def test_the_index_keeps_all_in_ruffs_order_constants_classes_functions() -> None:
    # Plain sorting would put ApprovalRule before DEFAULT_STOP, which ruff's RUF022 rejects.
    files = render_package(
        {"tool": "tools", "ApprovalRule": "tools", "DEFAULT_STOP": "stops", "a_b": "a_b"}
    )
    init = files["openrouter_funcs/__init__.py"]
    listed = init.split("__all__ = [", 1)[1].split("]", 1)[0].split()
    assert listed == ['"DEFAULT_STOP",', '"ApprovalRule",', '"a_b",', '"tool",']
    stub = files["openrouter_funcs/__init__.pyi"]
    assert "from openrouter_funcs.tools import ApprovalRule as ApprovalRule" in stub
