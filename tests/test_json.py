"""The JSON decoder used without orjson reads exactly what ``json.loads`` reads and refuses
what it refuses, with the same message (it only skips steps for the common case)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrouter_core._json import _json_loads as loads

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
whitespace = st.text(alphabet=" \t\r\n", max_size=3)


@given(values, whitespace, whitespace)
def test_any_document_reads_as_json_loads_reads_it(value: Any, before: str, after: str) -> None:
    text = before + json.dumps(value) + after
    assert loads(text) == json.loads(text)
    assert loads(text.encode()) == json.loads(text)


@pytest.mark.parametrize(
    "text",
    ["", " ", '{"a": 1} x', '{"a": 1}{}', '{"a": }', "[1, 2", "\ufeff{}", "nul", '"open'],
)
def test_what_json_loads_refuses_is_refused_with_its_message(text: str) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(text)
    with pytest.raises(ValueError) as refused:
        loads(text)
    assert str(refused.value) == str(expected.value)


def test_nesting_too_deep_is_a_recursion_error_as_with_json_loads() -> None:
    with pytest.raises(RecursionError):
        loads("[" * 100_000 + "]" * 100_000)
