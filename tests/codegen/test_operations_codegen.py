"""The operation half of the generator, on small spec fragments (and once on the real spec)."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import httpx
import pytest
from returns.result import Success

from codegen.function_modules import render_function_module
from codegen.models import ModelGenerator
from codegen.operations import (
    GeneratorError,
    OperationInfo,
    TableRow,
    extract_operations,
    read_table,
)
from codegen.typed_dicts import DictWriter
from openrouter_core import OpenRouterCore

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "codegen" / "spec"
FREE_OBJECT = {"type": "object", "additionalProperties": True}
OK = {"200": {"description": "ok", "content": {"application/json": {"schema": FREE_OBJECT}}}}
UNAUTHORIZED = {
    "401": {
        "description": "no",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/UnauthorizedResponse"}}
        },
    }
}
ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
            "required": ["code", "message"],
        }
    },
    "required": ["error"],
}


def spec_with(path: str, method: str, operation: dict[str, Any], **extra: Any) -> dict[str, Any]:
    operation = {"operationId": "doThing", "summary": "Do a thing", **operation}
    operation.setdefault("responses", OK)
    schemas = {"UnauthorizedResponse": ERROR_SCHEMA, **extra}
    return {
        "openapi": "3.1.0",
        "paths": {path: {method: operation}},
        "components": {"schemas": schemas},
    }


def row(path: str, method: str = "GET", *, sse: bool = False) -> TableRow:
    return TableRow("things_do", method, path, "doThing", sse, (), (), "as in the TypeScript SDK")


def extract(spec: dict[str, Any], table_row: TableRow) -> tuple[OperationInfo, str]:
    gen = ModelGenerator(spec)
    (op,) = extract_operations(spec, [table_row], gen)
    source = render_function_module(op, DictWriter(gen), spec)
    _register_inline_models(gen)
    return op, source


def _register_inline_models(gen: ModelGenerator) -> None:
    """Make the spec fragment's own model modules (a JSON body's, say) importable."""
    for relpath, text in gen.render().items():
        dotted = relpath.removesuffix(".py").replace("/", ".")
        if relpath.endswith(".py") and not (ROOT / relpath).exists():
            module = types.ModuleType(dotted)
            sys.modules[dotted] = module
            exec(compile(text, dotted, "exec"), module.__dict__)


def load(source: str) -> Any:
    """Import generated source as a throwaway module (cattrs resolves names through it)."""
    name = f"_generated_{abs(hash(source))}"
    module = types.ModuleType(name)
    sys.modules[name] = module
    exec(compile(source, name, "exec"), module.__dict__)
    return module


def capture(module: Any, request: Any) -> httpx.Request:
    seen: list[httpx.Request] = []

    def answer(sent: httpx.Request) -> httpx.Response:
        seen.append(sent)
        return httpx.Response(200, json={"ok": True})

    core = OpenRouterCore(api_key="k", client=httpx.Client(transport=httpx.MockTransport(answer)))
    result = module.things_do(core, request)
    assert isinstance(result, Success), result
    return seen[0]


# --- naming -------------------------------------------------------------------------------


def test_params_use_the_name_override_and_snake_case() -> None:
    spec = spec_with(
        "/things",
        "get",
        {
            "parameters": [
                {
                    "name": "X-OpenRouter-Title",
                    "in": "header",
                    "x-speakeasy-name-override": "appTitle",
                    "schema": {"type": "string"},
                },
                {"name": "pageSize", "in": "query", "schema": {"type": "integer"}},
                {"name": "from", "in": "query", "schema": {"type": "string"}},
            ]
        },
    )
    op, source = extract(spec, row("/things"))
    assert [(p.name, p.wire, p.location) for p in op.params] == [
        ("page_size", "pageSize", "query"),
        ("from_", "from", "query"),
        ("app_title", "X-OpenRouter-Title", "header"),
    ]
    assert (
        'app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})'
        in source
    )
    assert 'header("app_title", "X-OpenRouter-Title")' in source
    assert "class ThingsDoRequest:" in source
    assert "ThingsDoError: TypeAlias = OpenRouterBaseError" in source


def test_a_body_field_colliding_with_a_param_gets_a_documented_suffix() -> None:
    spec = spec_with(
        "/things/{id}",
        "patch",
        {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                        }
                    }
                },
            },
        },
    )
    with pytest.raises(GeneratorError, match="share a parameter's wire name"):
        extract(spec, row("/things/{id}", "PATCH"))

    spec["paths"]["/things/{id}"]["patch"]["requestBody"]["content"]["application/json"]["schema"][
        "properties"
    ] = {"ID": {"type": "string"}, "name": {"type": "string"}}
    op, source = extract(spec, row("/things/{id}", "PATCH"))
    assert op.body is not None
    assert [(f.name, f.wire) for f in op.body.fields] == [("id_body", "ID"), ("name", "name")]
    module = load(source)
    # The class nests the body, so its own ``id`` is no clash; a flat dict names it by wire.
    body = module.ThingsDoBody(id="seven", name="n")
    sent = capture(module, module.ThingsDoRequest(id="7", body=body))
    assert sent.url.path == "/api/v1/things/7"
    assert sent.content == b'{"ID":"seven","name":"n"}'
    sent = capture(module, {"id": "7", "ID": "seven", "name": "n"})
    assert sent.url.path == "/api/v1/things/7"
    assert sent.content == b'{"ID":"seven","name":"n"}'


def test_params_whose_names_meet_are_told_apart_by_location() -> None:
    spec = spec_with(
        "/things",
        "get",
        {
            "parameters": [
                {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                {"name": "Page-Size", "in": "header", "schema": {"type": "integer"}},
            ]
        },
    )
    op, source = extract(spec, row("/things"))
    assert [p.name for p in op.params] == ["page_size", "page_size_header"]
    assert (
        "(Named ``page_size_header`` because ``page_size`` is taken by another parameter.)"
        in source
    )
    sent = capture(load(source), {"page_size": 1, "page_size_header": 2})
    assert (sent.url.params["page_size"], sent.headers["page-size"]) == ("1", "2")


def test_one_wire_name_in_two_locations_fails_loudly() -> None:
    spec = spec_with(
        "/things/{id}",
        "get",
        {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "id", "in": "query", "schema": {"type": "string"}},
            ]
        },
    )
    with pytest.raises(GeneratorError, match="appear in two locations"):
        extract(spec, row("/things/{id}"))


# --- paths and queries --------------------------------------------------------------------


def test_path_parameters_are_percent_encoded_whole() -> None:
    spec = spec_with(
        "/models/{author}/{slug}",
        "get",
        {
            "parameters": [
                {"name": "author", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}},
            ]
        },
    )
    _, source = extract(spec, row("/models/{author}/{slug}"))
    sent = capture(load(source), {"author": "a/b", "slug": "c d?e"})
    assert sent.url.raw_path == b"/api/v1/models/a%2Fb/c%20d%3Fe"


def test_path_placeholders_must_match_declared_parameters() -> None:
    spec = spec_with("/things/{id}", "get", {"parameters": []})
    with pytest.raises(GeneratorError, match="path placeholders"):
        extract(spec, row("/things/{id}"))


def test_query_styles_form_exploded_and_not() -> None:
    array = {"type": "array", "items": {"type": "string"}}
    spec = spec_with(
        "/things",
        "get",
        {
            "parameters": [
                {"name": "tag", "in": "query", "schema": array},
                {"name": "ids", "in": "query", "explode": False, "schema": array},
                {"name": "flag", "in": "query", "schema": {"type": "boolean"}},
            ]
        },
    )
    _, source = extract(spec, row("/things"))
    assert 'query("ids", "ids", explode=False)' in source
    assert 'query("tag", "tag"),' in source
    sent = capture(load(source), {"tag": ["a", "b"], "ids": ["1", "2"], "flag": False})
    assert sent.url.params.multi_items() == [
        ("tag", "a"),
        ("tag", "b"),
        ("ids", "1,2"),
        ("flag", "false"),
    ]


def test_unsupported_query_style_fails_loudly() -> None:
    spec = spec_with(
        "/things",
        "get",
        {
            "parameters": [
                {"name": "f", "in": "query", "style": "deepObject", "schema": FREE_OBJECT}
            ]
        },
    )
    with pytest.raises(GeneratorError, match="deepObject"):
        extract(spec, row("/things"))


# --- the request argument -----------------------------------------------------------------


def test_request_is_required_exactly_when_a_field_is() -> None:
    optional = spec_with(
        "/things",
        "get",
        {"parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}]},
    )
    _, source = extract(optional, row("/things"))
    assert "request: ThingsDoRequest | ThingsDoRequestDict | None = None," in source

    body = {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}},
                    "required": ["name"],
                }
            }
        },
    }
    required = spec_with("/things", "post", {"requestBody": body})
    op, source = extract(required, row("/things", "POST"))
    assert op.request_required
    assert "request: ThingsDoRequest | ThingsDoRequestDict,\n" in source
    assert "body=json_body(ThingsDoBody)," in source
    assert "    body: ThingsDoBody\n" in source  # one declaration: the body model, nested
    module = load(source)
    sent = capture(module, {"name": "n", "extra_fields": {"new_flag": True}})
    assert sent.headers["content-type"] == "application/json"
    assert sent.content == b'{"name":"n","new_flag":true}'


# --- responses ----------------------------------------------------------------------------


def test_each_documented_error_status_becomes_a_fails_row() -> None:
    spec = spec_with("/things", "get", {"responses": {**OK, **UNAUTHORIZED}})
    _, source = extract(spec, row("/things"))
    assert "ok(200, dict[str, Any])," in source
    assert "fails(UnauthorizedResponseError)," in source
    # Any named status can come from any call: the error type is the base of them all.
    assert "ThingsDoError: TypeAlias = OpenRouterBaseError" in source


def test_an_error_status_without_an_error_class_fails_loudly() -> None:
    teapot = {
        "418": {"description": "tea", "content": {"application/json": {"schema": ERROR_SCHEMA}}}
    }
    spec = spec_with("/things", "get", {"responses": {**OK, **teapot}})
    with pytest.raises(GeneratorError, match="418 has no error class"):
        extract(spec, row("/things"))


def test_an_error_body_other_than_the_class_model_is_named_in_the_row() -> None:
    other = {"type": "object", "properties": {"type": {"type": "string"}}}
    errors = {
        "401": {
            "description": "no",
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/OtherError"}}
            },
        }
    }
    spec = spec_with("/things", "get", {"responses": {**OK, **errors}}, OtherError=other)
    _, source = extract(spec, row("/things"))
    assert "fails(UnauthorizedResponseError, body=OtherError)," in source


def test_streaming_operations_get_an_events_row_and_streams_flag() -> None:
    events = {"type": "object", "properties": {"data": FREE_OBJECT}}
    responses = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {"schema": FREE_OBJECT},
                "text/event-stream": {"schema": events},
            },
        }
    }
    spec = spec_with("/things", "post", {"responses": responses})
    _, source = extract(spec, row("/things", "POST", sse=True))
    assert "ok_events(200, dict[str, Any])," in source
    assert "streams=True," in source
    with pytest.raises(GeneratorError, match="disagree about streaming"):
        extract(spec, row("/things", "POST", sse=False))


def test_binary_responses_return_bytes_and_offer_a_stream_form() -> None:
    binary = {"type": "string", "format": "binary"}
    responses = {
        "200": {"description": "ok", "content": {"application/octet-stream": {"schema": binary}}}
    }
    spec = spec_with("/things", "get", {"responses": responses})
    op, source = extract(spec, row("/things"))
    assert op.returns_bytes
    assert 'ok_bytes(200, "application/octet-stream"),' in source
    assert 'ok_byte_stream(200, "application/octet-stream"),' in source
    assert 'accept="application/octet-stream",' in source
    assert "def things_do_stream(" in source
    assert ") -> Result[bytes, ThingsDoError]:" in source


def test_multipart_bodies_take_file_inputs() -> None:
    body = {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            }
        },
    }
    spec = spec_with("/things", "post", {"requestBody": body})
    _, source = extract(spec, row("/things", "POST"))
    assert "file: FileInput\n" in source
    assert "body=MULTIPART_BODY," in source
    assert "extra_fields" not in source
    sent = capture(load(source), {"file": ("a.txt", b"hello", "text/plain")})
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'filename="a.txt"' in sent.content and b"hello" in sent.content


# --- the real spec ------------------------------------------------------------------------


def test_the_credits_module_reproduces_the_hand_written_target() -> None:
    from codegen.render import format_files
    from codegen.spec import load_spec

    spec = load_spec(SPEC_DIR / "openrouter.openapi.yaml")
    rows = [
        r for r in read_table(SPEC_DIR / "operations.tsv") if r.function == "credits_get_credits"
    ]
    gen = ModelGenerator(spec)
    (op,) = extract_operations(spec, rows, gen)
    path = "openrouter_funcs/credits_get_credits.py"
    rendered = format_files({path: render_function_module(op, DictWriter(gen), spec)})[path]
    assert rendered == (ROOT / path).read_text(encoding="utf-8")


def test_regenerating_changes_nothing() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "codegen", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


# --- names ----------------------------------------------------------------------------------


def test_names_follow_the_function_and_a_taken_name_is_an_error_not_a_number() -> None:
    inline = {"type": "object", "properties": {"n": {"type": "integer"}}}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": inline}}}}
    spec = spec_with("/things", "get", {"responses": ok})
    op, source = extract(spec, row("/things"))
    assert (op.request_class, op.error_alias) == ("ThingsDoRequest", "ThingsDoError")
    assert "ok(200, ThingsDoResponse)," in source

    taken = spec_with("/things", "get", {"responses": ok}, ThingsDoResponse=inline)
    with pytest.raises(GeneratorError, match="ThingsDoResponse is already a schema's name"):
        extract(taken, row("/things"))
