"""The ``_pages`` half of the generator: tables read from x-speakeasy-pagination."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from codegen import pagination
from codegen.__main__ import DEFAULT_SPEC, load_inputs
from codegen.models import ModelGenerator
from codegen.operations import GeneratorError, extract_operations
from codegen.spec import load_spec
from tests.codegen.test_operations_codegen import row, spec_with
from tests.generated.paginated import PAGINATED

THING = {
    "type": "object",
    "properties": {"id": {"type": "string"}},
    "required": ["id"],
}
PAGE = {
    "type": "object",
    "properties": {
        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
        "total_count": {"type": "integer"},
    },
    "required": ["data", "total_count"],
}
OFFSET_LIMIT = {
    "type": "offsetLimit",
    "inputs": [
        {"in": "parameters", "name": "skip", "type": "offset"},
        {"in": "parameters", "name": "pageSize", "type": "limit"},
    ],
    "outputs": {"results": "$.data"},
}


def paged_spec(extension: dict[str, Any], page: dict[str, Any] = PAGE) -> dict[str, Any]:
    return spec_with(
        "/things",
        "get",
        {
            "parameters": [
                {"name": "skip", "in": "query", "schema": {"type": "integer", "maximum": 900}},
                {
                    "name": "pageSize",
                    "in": "query",
                    "schema": {"type": "integer", "default": 25},
                },
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Page"}}
                    },
                }
            },
            "x-speakeasy-pagination": extension,
        },
        Thing=THING,
        Page=page,
    )


def render(spec: dict[str, Any]) -> str:
    gen = ModelGenerator(spec)
    ops = extract_operations(spec, [row("/things")], gen)
    (paged,) = pagination.extract(spec, ops, gen)
    return pagination.render_module(paged)


def test_the_table_comes_from_the_extension_and_the_parameter_schemas() -> None:
    source = render(paged_spec(OFFSET_LIMIT))
    assert "PAGINATION: OffsetLimit[Thing] = OffsetLimit(" in source
    # Python field names of the wire parameters, the server's default and largest offset.
    for entry in (
        'offset="skip"',
        'limit="page_size"',
        'results="$.data"',
        'total="$.total_count"',
        "default_limit=25",
        "max_offset=900",
    ):
        assert f"    {entry}," in source
    assert ") -> Pages[Page, Thing, ThingsDoError]:" in source
    assert ") -> AsyncPages[Page, Thing, ThingsDoError]:" in source
    assert "from openrouter_funcs.things_do import" in source


def test_a_page_without_total_count_has_no_total_entry() -> None:
    page = {**PAGE, "properties": {"data": PAGE["properties"]["data"]}, "required": ["data"]}
    assert "total=" not in render(paged_spec(OFFSET_LIMIT, page))


@pytest.mark.parametrize(
    ("extension", "message"),
    [
        ({**OFFSET_LIMIT, "type": "url"}, "not supported"),
        (
            {**OFFSET_LIMIT, "inputs": [{"in": "parameters", "name": "nope", "type": "offset"}]},
            "not a parameter",
        ),
        ({**OFFSET_LIMIT, "outputs": {"results": "$.data[*]"}}, "not a $.name path"),
        ({**OFFSET_LIMIT, "outputs": {"results": "$.total_count"}}, "not a list"),
    ],
)
def test_what_the_generator_cannot_walk_is_an_error(
    extension: dict[str, Any], message: str
) -> None:
    with pytest.raises(GeneratorError, match=message.replace("$", r"\$")):
        render(paged_spec(extension))


def test_every_paginated_operation_in_the_spec_has_pages_functions() -> None:
    def marked_in(spec: dict[str, Any]) -> set[str]:
        return {
            operation["operationId"]
            for item in spec["paths"].values()
            for operation in item.values()
            if isinstance(operation, dict) and pagination.EXTENSION in operation
        }

    merged, _ = load_inputs(DEFAULT_SPEC)
    marked = marked_in(merged)
    assert {operation_id for _, operation_id, _ in PAGINATED} == marked
    # The public spec's 20, and the supplement's listBatches (cursor) and listExternalUsers.
    assert len(marked_in(load_spec(DEFAULT_SPEC))) == 20
    assert len(marked) == 22
    for function, _, _ in PAGINATED:
        module = importlib.import_module(f"openrouter_funcs.{function}_pages")
        assert callable(getattr(module, f"{function}_pages"))
        assert callable(getattr(module, f"{function}_pages_async"))
