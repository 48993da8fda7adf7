"""The JSON Schema a tool or a structured output sends, for a set of typed signatures.

Each schema is compared whole (a golden value), checked against the JSON Schema meta-schema,
and, in strict mode, checked to keep to the subset strict function calling accepts: every
object lists all its properties in ``required`` and forbids others, and no ``default``.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Annotated, Any, Literal, TypedDict

import attrs
import jsonschema
import pytest
from returns.result import Failure, Success
from typing_extensions import NotRequired

from openrouter_core.errors import SDKValidationError
from openrouter_funcs import Tool, ToolContext, json_schema_for, tool
from openrouter_funcs.structured_output import response_format_for


def strict_subset_problems(schema: Any, path: str = "$") -> list[str]:
    """Where ``schema`` leaves the strict subset (an empty list: it keeps to it)."""
    problems = []
    if isinstance(schema, dict):
        kinds = schema.get("type")
        if kinds == "object" or (isinstance(kinds, list) and "object" in kinds):
            if schema.get("additionalProperties") is not False:
                problems.append(f"{path}: additionalProperties is not false")
            if sorted(schema.get("required", [])) != sorted(schema.get("properties", {})):
                problems.append(f"{path}: not every property is required")
        if "default" in schema:
            problems.append(f"{path}: has a default")
        for key, value in schema.items():
            if key == "properties":
                for name, sub in value.items():
                    problems += strict_subset_problems(sub, f"{path}.{name}")
            elif key in ("items", "additionalProperties"):
                problems += strict_subset_problems(value, f"{path}.{key}")
            elif key == "anyOf":
                for index, sub in enumerate(value):
                    problems += strict_subset_problems(sub, f"{path}.anyOf[{index}]")
    return problems


def parameters(made: Tool[Any, Any]) -> dict[str, Any]:
    definition = made.definition().unwrap()
    schema: dict[str, Any] = definition["function"]["parameters"]
    jsonschema.Draft202012Validator.check_schema(schema)
    if made.strict:
        assert definition["function"]["strict"] is True
        assert strict_subset_problems(schema) == []
    else:
        assert "strict" not in definition["function"]
    return schema


# --- the signatures ------------------------------------------------------------------------


class Unit(enum.Enum):
    """A temperature unit."""

    CELSIUS = "c"
    FAHRENHEIT = "f"


def search(query: str, limit: int = 10, exact: bool = False, ratio: float = 0.5) -> str:
    """Search the catalogue.

    Longer text that is not part of the description.

    Args:
        query: Words to look for.
        limit: At most this many
            results.
        exact (bool): Match whole words only.
    """
    return query


def test_primitives_defaults_and_a_google_docstring() -> None:
    made = tool(search)
    assert (made.name, made.description) == ("search", "Search the catalogue.")
    assert parameters(made) == {
        "type": "object",
        "properties": {
            "query": {"type": "string", "description": "Words to look for."},
            "limit": {
                "type": "integer",
                "description": "At most this many results.",
                "default": 10,
            },
            "exact": {
                "type": "boolean",
                "description": "Match whole words only.",
                "default": False,
            },
            "ratio": {"type": "number", "default": 0.5},
        },
        "required": ["query"],
        "additionalProperties": False,
    }


def test_strict_makes_every_parameter_required_and_the_optional_ones_nullable() -> None:
    assert parameters(tool(strict=True)(search)) == {
        "type": "object",
        "properties": {
            "query": {"type": "string", "description": "Words to look for."},
            "limit": {
                "type": ["integer", "null"],
                "description": "At most this many results. (null for the default, 10)",
            },
            "exact": {
                "type": ["boolean", "null"],
                "description": "Match whole words only. (null for the default, false)",
            },
            "ratio": {"type": ["number", "null"], "description": "Null for the default, 0.5"},
        },
        "required": ["query", "limit", "exact", "ratio"],
        "additionalProperties": False,
    }


def set_mode(
    mode: Literal["fast", "slow"], unit: Unit = Unit.CELSIUS, level: Literal[1, 2] = 1
) -> None:
    """Set the mode.

    Parameters
    ----------
    mode : str
        How fast to go,
        roughly.
    unit
        Which unit.

    Returns
    -------
    None
    """


def test_literals_enums_and_a_numpy_docstring() -> None:
    assert parameters(tool(set_mode)) == {
        "type": "object",
        "properties": {
            "mode": {
                "type": "string",
                "enum": ["fast", "slow"],
                "description": "How fast to go, roughly.",
            },
            "unit": {
                "type": "string",
                "enum": ["c", "f"],
                "description": "Which unit.",
                "default": "c",
            },
            "level": {"type": "integer", "enum": [1, 2], "default": 1},
        },
        "required": ["mode"],
        "additionalProperties": False,
    }
    strict = parameters(tool(strict=True)(set_mode))
    assert strict["properties"]["unit"] == {
        "type": ["string", "null"],
        "enum": ["c", "f", None],
        "description": 'Which unit. (null for the default, "c")',
    }


def tag(items: list[str], weights: dict[str, float], note: str | None = None) -> None:
    """Tag things.

    :param items: The things.
    :param dict[str, float] weights: How much each
        weighs.
    :returns: nothing.
    """


def test_lists_dicts_optionals_and_a_sphinx_docstring() -> None:
    assert parameters(tool(tag)) == {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"type": "string"}, "description": "The things."},
            "weights": {
                "type": "object",
                "additionalProperties": {"type": "number"},
                "description": "How much each weighs.",
            },
            "note": {"type": ["string", "null"], "default": None},
        },
        "required": ["items", "weights"],
        "additionalProperties": False,
    }


@attrs.frozen
class Stop:
    """A place on the way."""

    city: str
    """The city's name."""
    nights: int = 1


@dataclasses.dataclass
class Traveller:
    name: str
    age: int | None = None


class Contact(TypedDict):
    """How to reach someone."""

    email: str
    phone: NotRequired[str]


@attrs.frozen
class Trip:
    """A trip.

    Attributes:
        stops: Where to stop, in order.
    """

    stops: list[Stop]
    travellers: list[Traveller]
    contact: Contact | None = None


def book(trip: Trip, budget: Annotated[float, "The most to spend, in USD."]) -> str:
    """Book a trip."""
    return "booked"


STOP = {
    "description": "A place on the way.",
    "type": "object",
    "properties": {
        "city": {"type": "string", "description": "The city's name."},
        "nights": {"type": "integer", "default": 1},
    },
    "required": ["city"],
    "additionalProperties": False,
}
TRAVELLER = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "age": {"type": ["integer", "null"], "default": None},
    },
    "required": ["name"],
    "additionalProperties": False,
}
CONTACT = {
    "description": "How to reach someone.",
    "type": "object",
    "properties": {"email": {"type": "string"}, "phone": {"type": "string"}},
    "required": ["email"],
    "additionalProperties": False,
}


def without_description(schema: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in schema.items() if key != "description"}


def test_nested_attrs_classes_dataclasses_and_typeddicts() -> None:
    assert parameters(tool(book)) == {
        "type": "object",
        "properties": {
            "trip": {
                "description": "A trip.",
                "type": "object",
                "properties": {
                    "stops": {
                        "type": "array",
                        "items": STOP,
                        "description": "Where to stop, in order.",
                    },
                    "travellers": {"type": "array", "items": TRAVELLER},
                    "contact": {  # a nullable object says what it is once, outside
                        "description": "How to reach someone.",
                        "anyOf": [without_description(CONTACT), {"type": "null"}],
                        "default": None,
                    },
                },
                "required": ["stops", "travellers"],
                "additionalProperties": False,
            },
            "budget": {"type": "number", "description": "The most to spend, in USD."},
        },
        "required": ["trip", "budget"],
        "additionalProperties": False,
    }


def test_nested_classes_in_strict_mode_keep_to_the_subset() -> None:
    schema = parameters(tool(strict=True)(book))
    trip = schema["properties"]["trip"]
    assert trip["required"] == ["stops", "travellers", "contact"]
    assert trip["properties"]["contact"] == {
        "description": "How to reach someone.",
        "anyOf": [
            {
                "type": "object",
                "properties": {"email": {"type": "string"}, "phone": {"type": ["string", "null"]}},
                "required": ["email", "phone"],
                "additionalProperties": False,
            },
            {"type": "null"},
        ],
    }
    assert trip["properties"]["stops"]["items"]["properties"]["nights"] == {
        "type": ["integer", "null"],
        "description": "Null for the default, 1",
    }


def with_context(city: str, ctx: ToolContext) -> str:
    """Look a city up."""
    return city


def test_a_tool_context_parameter_is_not_in_the_schema() -> None:
    made = tool(with_context)
    assert parameters(made)["properties"] == {"city": {"type": "string"}}
    assert made.context_parameter == "ctx"


def test_a_schema_accepts_good_arguments_and_rejects_bad_ones() -> None:
    validator = jsonschema.Draft202012Validator(parameters(tool(strict=True)(book)))
    good = {
        "trip": {
            "stops": [{"city": "Lyon", "nights": None}],
            "travellers": [{"name": "Ada", "age": 36}],
            "contact": None,
        },
        "budget": 900,
    }
    assert list(validator.iter_errors(good)) == []
    bad = {**good, "trip": {**good["trip"], "stops": [{"city": 3, "nights": None}]}}
    assert [list(error.absolute_path) for error in validator.iter_errors(bad)] == [
        ["trip", "stops", 0, "city"]
    ]


# --- json_schema_for and structured output -----------------------------------------------


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (int, {"type": "integer"}),
        (
            list[Unit],
            {
                "type": "array",
                "items": {
                    "type": "string",
                    "enum": ["c", "f"],
                    "description": "A temperature unit.",
                },
            },
        ),
        (Literal["a", None], {"type": ["string", "null"], "enum": ["a", None]}),
        (
            dict[str, list[int]],
            {
                "type": "object",
                "additionalProperties": {"type": "array", "items": {"type": "integer"}},
            },
        ),
        (Any, {}),
        (
            Stop | None,
            {
                "description": STOP["description"],
                "anyOf": [without_description(STOP), {"type": "null"}],
            },
        ),
    ],
)
def test_json_schema_for_one_type(annotation: Any, expected: dict[str, Any]) -> None:
    assert json_schema_for(annotation) == Success(expected)
    jsonschema.Draft202012Validator.check_schema(expected)


def test_a_structured_output_schema_is_strict_and_wraps_what_is_not_an_object() -> None:
    fmt = response_format_for(Trip).unwrap()
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "Trip" and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["description"] == "A trip."
    assert strict_subset_problems(fmt["json_schema"]["schema"]) == []
    listed = response_format_for(list[Stop]).unwrap()["json_schema"]
    assert listed["name"] == "list_Stop"
    assert listed["schema"]["properties"]["value"]["type"] == "array"
    assert strict_subset_problems(listed["schema"]) == []
    jsonschema.Draft202012Validator.check_schema(listed["schema"])


# --- what has no schema ---------------------------------------------------------------------


@attrs.frozen
class Node:
    children: list[Node]


def pair(point: tuple[int, int]) -> None: ...


def either(value: int | str) -> None: ...


def tree(root: Node) -> None: ...


def untyped(value) -> None: ...  # type: ignore[no-untyped-def]


def spread(*values: int) -> None: ...


def mapping(weights: dict[str, float]) -> None: ...


@attrs.define
class Loose:
    name = attrs.field()  # no annotation


def loose(value: Loose) -> None: ...


def positional(value: int, /) -> None: ...


def dangling(value: NotDefinedAnywhere) -> None: ...  # type: ignore[name-defined]  # noqa: F821


@pytest.mark.parametrize(
    ("function", "strict", "field", "words"),
    [
        (pair, False, "tools[pair.point]", "tuple[int, int] has no JSON Schema form"),
        (either, False, "tools[either.value]", "only X | None"),
        (tree, False, "tools[tree.root.children[]]", "Node contains itself"),
        (untyped, False, "tools[untyped.value]", "no annotation"),
        (spread, False, "tools[spread.values]", "*args"),
        (mapping, True, "tools[mapping.weights]", "no strict form"),
        (dangling, False, "tools[dangling]", "do not resolve"),
        (loose, False, "tools[loose.value.name]", "Loose.name has no annotation"),
        (positional, False, "tools[positional.value]", "positional-only"),
    ],
)
def test_an_annotation_without_a_schema_is_a_problem_the_tool_carries(
    function: Any, strict: bool, field: str, words: str
) -> None:
    made = tool(function, strict=strict)  # defining it does not raise
    result = made.definition()
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, SDKValidationError) and error is made.problem
    assert error.field == field
    assert words in str(error) and repr(function.__name__) in str(error)


def test_a_name_the_api_refuses_is_a_problem_too() -> None:
    made = tool(search, name="search the web")
    error = made.definition().failure()
    assert isinstance(error, SDKValidationError) and "'search the web'" in str(error)


def test_an_output_type_without_a_schema_is_a_validation_error() -> None:
    result = response_format_for(tuple[int, str])
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), SDKValidationError)
    assert result.failure().field == "output"


def odd(value: [1, 2]) -> None: ...  # type: ignore[valid-type]


def test_an_annotation_that_breaks_inspection_is_a_problem_too() -> None:
    error = tool(odd).definition().failure()
    assert isinstance(error, SDKValidationError)
    # 3.11 resolves the hint and the schema step rejects it; 3.10 rejects it while resolving.
    assert error.field in ("tools[odd.value]", "tools[odd]")
    assert isinstance(json_schema_for([1]), Failure)
