"""Merging the supplement (codegen/spec/openrouter.supplement.yaml) into the base spec."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.spec import find_operation, merge_supplement

OP_A = {"operationId": "getA", "responses": {}}
BASE: dict[str, Any] = {
    "paths": {"/a": {"get": OP_A, "parameters": [{"$ref": "#/components/parameters/P"}]}},
    "components": {"schemas": {"A": {"type": "object"}}, "parameters": {"P": {}}},
}


def test_merge_adds_paths_methods_variants_and_schemas_without_touching_the_base() -> None:
    supplement = {
        "paths": {
            "/a": {
                "post": {"operationId": "createA"},
                "x-variants": {"get": [{"operationId": "getA_multipart"}]},
                "parameters": [],
            },
            "/b": {"get": {"operationId": "getB"}},
        },
        "components": {"schemas": {"B": {"type": "string"}}},
    }
    merged = merge_supplement(BASE, supplement)
    assert merged["paths"]["/a"]["get"] is OP_A
    assert merged["paths"]["/a"]["post"]["operationId"] == "createA"
    assert merged["paths"]["/a"]["parameters"] == BASE["paths"]["/a"]["parameters"]
    assert set(merged["components"]["schemas"]) == {"A", "B"}
    assert merged["components"]["parameters"] == {"P": {}}
    assert find_operation(merged["paths"]["/a"], "GET", "getA") is OP_A
    assert find_operation(merged["paths"]["/a"], "GET", "getA_multipart") == {
        "operationId": "getA_multipart"
    }
    assert find_operation(merged["paths"]["/a"], "GET", "getC") is None
    assert set(BASE["paths"]) == {"/a"} and "post" not in BASE["paths"]["/a"]  # not mutated


@pytest.mark.parametrize(
    "supplement",
    [
        {"paths": {"/a": {"get": {"operationId": "other"}}}},
        {"components": {"schemas": {"A": {"type": "string"}}}},
    ],
    ids=["method", "schema"],
)
def test_merge_refuses_to_replace_what_the_base_says(supplement: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="already in the base spec"):
        merge_supplement(BASE, supplement)
