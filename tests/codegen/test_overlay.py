"""The spec overlay: fields real traffic leaves out are generated optional, with evidence."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.overlay import OVERLAY_PATH, apply_overlay, load_overlay
from openrouter_core._codec.readers import read as structure
from openrouter_core._codec.writer import write as unstructure
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.models.chat_stream_chunk import ChatStreamChunk

ROOT = Path(__file__).resolve().parents[2]

SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Base": {"type": "object", "required": ["id", "status"], "properties": {}},
            "Result": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "required": ["model"], "properties": {}},
                ]
            },
        }
    }
}


def overlay(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"optional": [{"evidence": ["a recording"], **entry} for entry in entries]}


def test_a_field_becomes_optional_in_the_schema_that_requires_it() -> None:
    spec = copy.deepcopy(SPEC)
    apply_overlay(spec, overlay({"schema": "Base", "field": "status"}))
    assert spec["components"]["schemas"]["Base"]["required"] == ["id"]


def test_a_field_required_through_allof_is_dropped_where_it_is_declared() -> None:
    spec = copy.deepcopy(SPEC)
    apply_overlay(
        spec, overlay({"schema": "Result", "field": "id"}, {"schema": "Result", "field": "model"})
    )
    schemas = spec["components"]["schemas"]
    assert schemas["Base"]["required"] == ["status"]
    assert schemas["Result"]["allOf"][1]["required"] == []


@pytest.mark.parametrize(
    "entry", [{"schema": "Base", "field": "model"}, {"schema": "Missing", "field": "id"}]
)
def test_an_entry_the_spec_does_not_need_stops_the_generator(entry: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="overlay"):
        apply_overlay(copy.deepcopy(SPEC), overlay(entry))


def test_an_entry_without_evidence_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "overlay.yaml"
    path.write_text(yaml.safe_dump({"optional": [{"schema": "Base", "field": "id"}]}))
    with pytest.raises(ValueError, match="evidence"):
        load_overlay(path)


def test_every_recorded_evidence_file_exists() -> None:
    data = load_overlay(OVERLAY_PATH)
    entries = [*data["optional"], *data["fields"], *data["schemas"].values()]
    for entry in entries:
        for evidence in entry["evidence"]:
            for one in evidence if isinstance(evidence, list) else [evidence]:
                if one.startswith("tests/"):
                    assert (ROOT / one.split(" ")[0]).is_file(), one


def test_added_schemas_and_fields_land_in_the_spec_and_stale_ones_stop_it() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Usage"] = {
        "type": "object",
        "properties": {"details": {"type": "object", "properties": {"a": {"type": "integer"}}}},
    }
    added = {
        "schemas": {"Note": {"schema": {"type": "object"}, "evidence": ["a recording"]}},
        "fields": [
            {
                "schema": "Base",
                "field": "note",
                "type": {"$ref": "#/components/schemas/Note"},
                "evidence": ["a recording"],
            },
            {
                "schema": "Usage.details",
                "field": "b",
                "type": {"type": "integer"},
                "evidence": ["a recording"],
            },
        ],
    }
    apply_overlay(spec, added)
    schemas = spec["components"]["schemas"]
    assert schemas["Note"] == {"type": "object"}
    assert schemas["Base"]["properties"]["note"] == {"$ref": "#/components/schemas/Note"}
    assert schemas["Usage"]["properties"]["details"]["properties"]["b"] == {"type": "integer"}
    with pytest.raises(ValueError, match=r"declares Base\.note now"):
        apply_overlay(spec, {"fields": added["fields"][:1]})
    with pytest.raises(ValueError, match="has a schema 'Note' now"):
        apply_overlay(spec, {"schemas": added["schemas"]})


def test_the_generated_chat_result_reads_a_real_body_without_a_fingerprint_strictly() -> None:
    case = yaml.safe_load((ROOT / "tests/traffic/payloads/chat_mistral_tool_call.yaml").read_text())
    # The converter itself, no forgiving pass: the generated model no longer requires it.
    result = structure(case["body"], ChatResult)
    assert result.id == "gen-1762047030-dJUcJW4ildNGqK4UV6iJ"
    assert "system_fingerprint" not in unstructure(result)


def test_a_stream_choice_without_finish_reason_fits_the_generated_model() -> None:
    chunk = {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": ""}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
    }
    parsed = structure(chunk, ChatStreamChunk)
    assert parsed.usage is not None and parsed.usage.total_tokens == 3
