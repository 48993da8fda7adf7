"""Files as a new user meets them: the docstring example runs, the stand-in answers with models."""

from __future__ import annotations

import asyncio
import textwrap

import pytest
from returns.result import Success

from openrouter_core.models.openrouter_file import OpenRouterFile
from openrouter_core.testing import standin_core
from openrouter_funcs import files_upload, files_upload_async


def _example(function: object) -> str:
    doc = getattr(function, "__doc__", "") or ""
    return textwrap.dedent(doc.split("Example::", 1)[1])


def test_the_files_upload_docstring_example_runs_as_written() -> None:
    scope: dict[str, object] = {"core": standin_core()}
    exec(_example(files_upload), scope)
    result = scope["result"]
    assert isinstance(result, Success), result
    assert isinstance(result.unwrap(), OpenRouterFile)


def test_the_async_example_runs_as_written() -> None:
    body = textwrap.indent(_example(files_upload_async), "    ")
    scope: dict[str, object] = {"core": standin_core()}
    exec(f"async def main():\n{body}\n    return result\n", scope)
    result = asyncio.run(scope["main"]())  # type: ignore[operator]
    assert isinstance(result.unwrap(), OpenRouterFile)


@pytest.mark.parametrize(
    ("module", "request_"),
    [
        ("files_upload", {"file": ("a.pdf", b"%PDF-1.4", "application/pdf")}),
        ("files_retrieve", {"file_id": "or_file_1"}),
        ("files_delete", {"file_id": "or_file_1"}),
        ("files_list", {}),
    ],
)
def test_the_stand_in_answers_the_file_operations_with_models(
    module: str, request_: dict[str, object]
) -> None:
    import importlib

    function = getattr(importlib.import_module(f"openrouter_funcs.{module}"), module)
    value = function(standin_core(), request_).unwrap()
    assert not isinstance(value, dict), value
    if module == "files_list":
        assert all(isinstance(entry, OpenRouterFile) for entry in value.data)
