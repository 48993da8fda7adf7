"""The converter's contract on hand-made models: strict scalars, defaults, extras, recursion."""

from __future__ import annotations

import typing
from typing import Any

import attrs
import pytest

from openrouter_core._codec.readers import explain_failure
from openrouter_core._codec.readers import read as structure
from openrouter_core._codec.writer import write as unstructure
from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class Node:
    name: str
    weight: float
    count: int | None = None
    on: bool = False
    note: str | Unset | None = UNSET
    tags: list[str] = attrs.field(factory=list)
    meta: dict[str, Any] | None = None
    child: Node | None = None
    wire_named: str | None = attrs.field(default=None, metadata={"wire": "wireNamed"})
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class Checked:
    value: int = attrs.field(validator=attrs.validators.gt(0))


def test_a_full_object_round_trips_with_wire_names_and_extras() -> None:
    data = {
        "name": "a",
        "weight": 2,
        "count": 3,
        "on": True,
        "note": None,
        "tags": ["x"],
        "meta": {"k": [1]},
        "child": {"name": "b", "weight": 1.5},
        "wireNamed": "w",
        "new": 1,
    }
    node = structure(data, Node)
    assert node.weight == 2.0 and isinstance(node.weight, float)
    assert node.note is None and node.child is not None and node.child.name == "b"
    assert node.wire_named == "w"
    assert node.extra_fields == {"new": 1}
    assert node.child.extra_fields == {}
    assert unstructure(node) == {
        **data,
        "weight": 2.0,
        "child": {"name": "b", "weight": 1.5, "on": False, "tags": []},
    }


def test_defaults_apply_to_missing_fields_and_factories_are_fresh() -> None:
    first = structure({"name": "a", "weight": 1}, Node)
    second = structure({"name": "b", "weight": 1}, Node)
    assert first.note is UNSET and first.count is None and first.on is False
    assert first.tags == [] and first.tags is not second.tags


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"weight": 1}, None),  # missing required name
        ({"name": 1, "weight": 1}, "name"),
        ({"name": "a", "weight": "1"}, "weight"),
        ({"name": "a", "weight": True}, "weight"),
        ({"name": "a", "weight": 1, "on": 1}, "on"),
        ({"name": "a", "weight": 1, "count": 1.5}, "count"),
        ({"name": "a", "weight": 1, "tags": ["x", 2]}, "tags"),
        ({"name": "a", "weight": 1, "meta": []}, "meta"),
        ({"name": "a", "weight": 1, "child": {"name": "b"}}, "child"),
        ([], None),
    ],
)
def test_wrong_shapes_fail_and_are_explained(data: Any, where: str | None) -> None:
    with pytest.raises(Exception):  # noqa: B017 - any failure; explain_failure names it
        structure(data, Node)
    path, reason = explain_failure(data, Node)
    assert reason
    if where is not None:
        assert path is not None and path.startswith(where)


def test_models_with_validators_still_run_them() -> None:
    assert structure({"value": 3}, Checked).value == 3
    with pytest.raises(ValueError, match="value"):
        structure({"value": 0}, Checked)


def test_a_bad_item_in_a_list_is_named_by_its_index() -> None:
    from openrouter_core.errors import SDKValidationError
    from openrouter_core.testing import standin_core
    from openrouter_funcs.chat_send import chat_send

    messages = [{"role": "user", "content": "ok"}, {"role": "user", "content": 5}]
    error = chat_send(standin_core(), {"messages": messages}).failure()
    assert isinstance(error, SDKValidationError)
    assert error.field == "messages[1].content"
    error = chat_send(standin_core(), {"messages": "hi"}).failure()
    assert isinstance(error, SDKValidationError)
    assert error.field == "messages" and "list" in str(error)


def test_a_strict_failure_names_the_nested_field_and_its_index() -> None:
    from openrouter_core._codec.scalars import StructureError

    data = {"name": "a", "weight": 1, "child": {"name": "b", "weight": 1, "tags": ["x", 2]}}
    with pytest.raises(StructureError) as caught:
        structure(data, Node)
    assert caught.value.path == "child.tags[1]"
    assert "expected str, got int" in str(caught.value)
    assert explain_failure(data, Node) == ("child.tags[1]", "expected str, got int")
    assert explain_failure({"name": "a", "weight": 1, "wireNamed": 3}, Node)[0] == "wire_named"


def test_structured_models_stay_frozen_and_work_with_pickle_and_evolve() -> None:
    import pickle

    node = structure({"name": "a", "weight": 1, "child": {"name": "b", "weight": 2}}, Node)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        node.name = "changed"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(node)) == node
    assert attrs.evolve(node, name="c").name == "c" and node.name == "a"
    assert node == Node(name="a", weight=1.0, child=Node(name="b", weight=2.0))


def test_the_forgiving_pass_keeps_what_does_not_fit_and_says_where() -> None:
    from openrouter_core._codec.readers import read_forgiving

    data = {"weight": "heavy", "tags": ["x", 2], "child": {"name": None, "weight": 1}, "x": 1}
    node, problems = read_forgiving(data, Node)
    assert node.name is None and node.weight == "heavy" and node.tags == ["x", 2]
    assert node.child.name is None and node.extra_fields == {"x": 1}
    assert sorted(problems) == [
        ("child.name", "null where the spec requires a value"),
        ("name", "required field missing"),
        ("tags[1]", "expected str, got int; kept as received"),
        ("weight", "expected float, got str; kept as received"),
    ]


def test_importing_a_model_leaves_the_models_its_fields_name_until_a_reader_needs_them() -> None:
    import subprocess
    import sys

    script = """
import sys
from openrouter_core.models.chat_result import ChatResult
print("openrouter_core.models.chat_choice" in sys.modules)
from openrouter_core._codec.readers import read as structure
body = {"id": "g", "created": 1, "model": "m", "choices": [
    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}]}
print(type(structure(body, ChatResult).choices[0]).__name__)
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "ChatChoice"]


def test_model_type_hints_works_before_any_reader_ran() -> None:
    # Plain typing.get_type_hints cannot see the nested models a model module imports only for
    # type checkers; model_type_hints is the documented way and must work in a fresh process.
    import subprocess
    import sys

    script = """
from openrouter_core import model_type_hints
from openrouter_core.models.chat_result import ChatResult
hints = model_type_hints(ChatResult)
print(hints["choices"])
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert "ChatChoice" in out


@attrs.frozen
class _Counted:
    """A model with its own ``__new__``: readers must build it through the class itself."""

    made: typing.ClassVar[list[str]] = []
    name: str

    def __new__(cls, *args: Any, **kwargs: Any) -> _Counted:
        cls.made.append("new")
        return super().__new__(cls)


def test_a_model_with_its_own_new_is_built_through_it() -> None:
    _Counted.made.clear()
    value = structure({"name": "x"}, _Counted)
    assert value == _Counted(name="x")
    assert type(value) is _Counted
    assert _Counted.made == ["new", "new"]  # the read and the comparison's own instance


@pytest.mark.parametrize(
    "data",
    [
        # As many keys as the model declares, one of them its own: the count alone cannot tell.
        {
            "name": "a",
            "weight": 1,
            "count": 1,
            "on": True,
            "note": "n",
            "tags": [],
            "meta": None,
            "child": None,
            "new": 1,
        },
        {"name": "a", "weight": 1, "new": 1},
        {"new": 1, "name": "a", "weight": 1, "wireNamed": "w", "other": [2]},
    ],
)
def test_undeclared_keys_are_kept_whatever_else_is_missing(data: dict[str, Any]) -> None:
    node = structure(data, Node)
    declared = {"name", "weight", "count", "on", "note", "tags", "meta", "child", "wireNamed"}
    assert node.extra_fields == {k: v for k, v in data.items() if k not in declared}
