"""The case tables (codegen/tests_writer.py), rendered in-process from a small spec."""

from __future__ import annotations

import types
from typing import Any

import pytest

from codegen import tests_writer
from codegen.render import GENERATED_MARK
from tests.codegen.tiny_spec import tiny_operations
from tests.operation_case import Case


def _cases(source: str) -> dict[str, Case]:
    module = types.ModuleType("_cases_under_test")
    exec(compile(source, "_cases_under_test", "exec"), module.__dict__)
    return {case.id: case for case in module.CASES}


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    spec, ops = tiny_operations()
    return tests_writer.render_tests(spec, ops)


def test_one_table_per_area_and_an_index_of_them(files: dict[str, str]) -> None:
    assert sorted(files) == [
        "tests/generated/__init__.py",
        "tests/generated/cases.py",
        "tests/generated/cases_thing_talk.py",
        "tests/generated/cases_things.py",
    ]
    assert all(text.startswith(GENERATED_MARK) for text in files.values())
    index = files["tests/generated/cases.py"]
    assert "from tests.generated import cases_thing_talk, cases_things" in index
    assert "*cases_thing_talk.CASES," in index and "*cases_things.CASES," in index


def test_a_table_is_data_only(files: dict[str, str]) -> None:
    source = files["tests/generated/cases_things.py"]
    assert "def " not in source and "pytest" not in source
    assert list(_cases(source)) == ["things_create", "things_get"]  # sorted by function


def test_a_row_says_how_the_request_goes_out(files: dict[str, str]) -> None:
    case = _cases(files["tests/generated/cases_things.py"])["things_get"]
    assert case.operation_id == "getThing"
    assert case.request == {"thing_id": "a b/c", "verbose": False}
    assert (case.method, case.path) == ("GET", "/api/v1/things/a%20b%2Fc")  # path value quoted
    assert case.query == [("verbose", "false")]
    assert (case.headers, case.body, case.body_kind, case.files) == ({}, None, None, {})
    assert case.response == "Thing"
    assert case.errors == {401: "UnauthorizedResponseError"}
    assert case.error_bodies == {} and case.events is None and not case.upload


def test_a_json_row_carries_its_body(files: dict[str, str]) -> None:
    case = _cases(files["tests/generated/cases_things.py"])["things_create"]
    assert (case.method, case.path) == ("POST", "/api/v1/things")
    assert case.body == {"name": "string"} and case.body_kind == "json"


def test_a_streaming_row_counts_events_and_asks_for_the_whole_body(files: dict[str, str]) -> None:
    case = _cases(files["tests/generated/cases_thing_talk.py"])["things_chat"]
    assert case.events == 1
    # The example says ``"stream": false``; the row leaves it out: the body form is under test.
    assert case.request == {"prompt": "hello"} and case.body == {"prompt": "hello"}


@pytest.mark.parametrize(
    "value",
    [
        {"a": [1, 2.5, None, True], "b": {"c": "d"}},
        ("one",),
        ("file.bin", b"\x00\x01", "application/octet-stream"),
        [],
    ],
)
def test_py_literal_gives_source_that_evaluates_to_the_value(value: Any) -> None:
    assert eval(tests_writer.py_literal(value)) == value


def test_py_literal_escapes_non_ascii_text() -> None:
    assert tests_writer.py_literal("caf\u00e9") == "'caf\\xe9'"
    with pytest.raises(TypeError):
        tests_writer.py_literal(object())


def test_area_names_are_module_name_parts() -> None:
    assert tests_writer.area_name("API Keys") == "api_keys"
    assert tests_writer.area_name("Beta: Responses") == "beta_responses"
