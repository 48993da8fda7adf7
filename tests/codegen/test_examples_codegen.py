"""The stand-in's examples (codegen/examples.py), rendered in-process from small specs and
from the real one."""

from __future__ import annotations

import types
from typing import Any

import pytest

from codegen import examples
from codegen.__main__ import load_inputs
from codegen.models import ModelGenerator
from codegen.operations import OperationInfo, extract_operations
from tests.codegen.tiny_spec import tiny_operations


def _load(source: str) -> Any:
    module = types.ModuleType("_examples_under_test")
    exec(compile(source, "_examples_under_test", "exec"), module.__dict__)
    return module


def _by_function(ops: list[OperationInfo]) -> dict[str, OperationInfo]:
    return {op.function: op for op in ops}


def test_the_module_compiles_and_answers_for_every_operation() -> None:
    spec, ops = tiny_operations()
    module = _load(examples.render_examples_module(spec, ops).source)
    assert set(module.OPERATION_IDS) == {"getThing", "createThing", "chatThing"}
    assert module.FUNCTIONS == {
        "chatThing": ("things_chat",),
        "createThing": ("things_create",),
        "getThing": ("things_get",),
    }
    for op in ops:
        entry = module.example_for(op.operation_id)
        assert (entry["method"], entry["path"], entry["status"]) == (op.method, op.path, 200)


def test_a_documented_example_is_used_and_a_missing_one_is_synthesised() -> None:
    spec, ops = tiny_operations()
    module = _load(examples.render_examples_module(spec, ops).source)
    documented = module.example_for("getThing")
    assert documented["body"] == {"id": "t1", "created_at": "2025-02-03T04:05:06Z", "size": 3}
    # No example: the required fields, with placeholders fitting their formats.
    synthesised = module.example_for("createThing")
    assert synthesised["body"] == {"id": "string", "created_at": "2025-01-01T00:00:00Z"}
    assert documented["errors"] == {
        "401": {"error": {"code": 401, "message": "Missing Authentication header"}}
    }


def test_a_streaming_operation_gets_one_example_event_and_its_sentinel() -> None:
    spec, ops = tiny_operations()
    entry = examples.operation_examples(spec, _by_function(ops)["things_chat"])
    assert entry["events"] == [{"id": "string", "created_at": "2025-01-01T00:00:00Z"}]
    assert entry["sentinel"] == "[DONE]"
    assert "events" not in examples.operation_examples(spec, _by_function(ops)["things_get"])


def test_an_example_missing_a_required_field_is_completed_and_noted() -> None:
    spec, _ = tiny_operations()
    notes: list[str] = []
    value = examples.complete(
        spec, {"$ref": "#/components/schemas/Thing"}, {"id": "t1"}, "getThing", notes
    )
    assert value == {"id": "t1", "created_at": "2025-01-01T00:00:00Z"}
    assert notes == ["getThing.created_at"]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "format": "uuid"}, "00000000-0000-4000-8000-000000000000"),
        ({"type": "integer", "minimum": 5}, 5),
        ({"type": ["null", "boolean"]}, False),
        ({"enum": [None, "a", "b"]}, "a"),
        ({"anyOf": [{"type": "null"}, {"type": "array", "items": {"const": 1}}]}, [1]),
        (
            {"allOf": [{"properties": {"a": {"type": "string"}}, "required": ["a"]}]},
            {"a": "string"},
        ),
        ({"type": "string", "examples": ["first", "second"]}, "first"),
    ],
)
def test_synthesize_builds_a_small_valid_value(schema: dict[str, Any], expected: Any) -> None:
    assert examples.synthesize({}, schema) == expected


def test_the_request_example_fits_parameter_examples_and_skips_optional_headers() -> None:
    spec, ops = tiny_operations()
    by_function = _by_function(ops)
    # The query example is the text "false"; the schema says boolean. X-Trace is optional.
    assert examples.request_example(spec, by_function["things_get"]) == {
        "thing_id": "a b/c",
        "verbose": False,
    }
    assert examples.request_example(spec, by_function["things_chat"]) == {
        "prompt": "hello",
        "stream": False,
    }
    assert examples.request_example(spec, by_function["things_create"]) == {"name": "string"}


def test_the_real_spec_gives_an_entry_for_every_operation() -> None:
    spec, rows = load_inputs()
    ops = extract_operations(spec, rows, ModelGenerator(spec))
    module = _load(examples.render_examples_module(spec, ops).source)
    assert set(module.OPERATION_IDS) == {op.operation_id for op in ops}
    for op in ops:
        assert op.function in module.FUNCTIONS[op.operation_id]
        assert module.example_for(op.operation_id)["path"] == op.path
