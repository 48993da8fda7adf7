"""Reading the official ``openrouter`` package's facts (``python -m codegen.supplement``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, Literal, Optional, Union

import pytest

pytest.importorskip("openrouter")

from openrouter.types import (
    BaseModel,
    Nullable,
    OptionalNullable,
    UnrecognizedStr,
)

from codegen.supplement.schemas import SchemaReader

ROOT = Path(__file__).resolve().parents[2]


class Thing(BaseModel):
    name: str
    """The name."""
    note: Optional[str] = None  # noqa: UP045 - the SDK's own spelling
    count: Nullable[int]
    limit: OptionalNullable[float] = None
    kind: Union[Literal["a", "b"], UnrecognizedStr]  # noqa: UP007
    tags: Optional[list[str]] = None  # noqa: UP045
    meta: dict[str, Any]


class Usage(BaseModel):
    tokens: int
    cost: float


def test_sdk_types_become_the_schemas_the_api_means() -> None:
    reader = SchemaReader({})
    assert reader.schema(Thing) == {"$ref": "#/components/schemas/Thing"}
    schema = reader.components["Thing"]
    assert schema["required"] == ["name", "count", "kind", "meta"]
    props = schema["properties"]
    assert props["name"] == {"type": "string", "description": "The name."}
    assert props["note"] == {"type": "string"}  # Optional: may be left out, never null
    assert props["count"] == {"type": ["integer", "null"]}
    assert props["limit"] == {"type": ["number", "null"]}
    assert props["kind"] == {
        "enum": ["a", "b"],
        "type": "string",
        "x-speakeasy-unknown-values": "allow",
    }
    assert props["tags"] == {"type": "array", "items": {"type": "string"}}
    assert props["meta"] == {"type": "object", "additionalProperties": True}


def test_a_class_named_like_a_base_schema_is_that_schema_and_its_drift_is_noted() -> None:
    reader = SchemaReader({"Usage": {"type": "object", "properties": {"tokens": {}}}})
    assert reader.schema(Usage) == {"$ref": "#/components/schemas/Usage"}
    assert "Usage" not in reader.components
    assert reader.notes == ["Usage: the base spec's schema is used; the SDK's adds cost"]


def test_an_unknown_type_is_left_open_and_said_so() -> None:
    reader = SchemaReader({})
    schema = reader.schema(complex)
    assert set(schema) == {"x-supplement-note"}
    assert reader.notes


def test_a_method_is_read_from_the_sdk_source() -> None:
    from codegen.supplement.sdk_facts import all_methods

    methods = {m.operation_id: m for m in all_methods()}
    batches = methods["listBatches"]
    assert (batches.group, batches.method_name) == ("batch", "list")
    assert (batches.http_method, batches.path) == ("GET", "/batches")
    assert batches.pagination == {
        "inputs": [{"in": "parameters", "name": "after", "type": "cursor"}],
        "outputs": {"nextCursor": "$.last_id", "results": "$.data"},
        "type": "cursor",
    }
    statuses = {s for match in batches.matches for s in match.statuses}
    assert {"200", "400", "401", "429", "500", "502"} <= statuses
    token = methods["createOauthToken"]
    assert (token.body_format, token.body_field) == ("form", "token_exchange_request")
    assert methods["createApiAlphaDecisions"].group == "alpha_decisions"


def test_the_committed_supplement_is_what_the_extractor_writes() -> None:
    from importlib.metadata import version

    from codegen.supplement.__main__ import PYPI_VERSION

    if version("openrouter") != PYPI_VERSION:
        pytest.skip(f"the supplement is read from openrouter {PYPI_VERSION}")
    done = subprocess.run(
        [sys.executable, "-m", "codegen.supplement", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
