"""A three-operation spec for the generator's own tests: a GET with path, query and header
parameters, a POST with a JSON body and no documented example, and a POST that can stream."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from codegen.models import ModelGenerator
from codegen.operations import OperationInfo, TableRow, extract_operations

THING = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "created_at": {"type": "string", "format": "date-time"},
        "size": {"type": "integer"},
    },
    "required": ["id", "created_at"],
}
UNAUTHORIZED = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
            "required": ["code", "message"],
        }
    },
    "required": ["error"],
    "example": {"error": {"code": 401, "message": "Missing Authentication header"}},
}


def _json(schema: dict[str, Any], **media: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema, **media}}


def _responses(success: dict[str, Any]) -> dict[str, Any]:
    unauthorized = _json({"$ref": "#/components/schemas/UnauthorizedResponse"})
    return {
        "200": {"description": "ok", "content": success},
        "401": {"description": "no key", "content": unauthorized},
    }


def tiny_spec() -> dict[str, Any]:
    thing = {"$ref": "#/components/schemas/Thing"}
    get = {
        "operationId": "getThing",
        "summary": "Get a thing",
        "tags": ["Things"],
        "parameters": [
            {
                "name": "thing_id",
                "in": "path",
                "required": True,
                "example": "a b/c",
                "schema": {"type": "string"},
            },
            {"name": "verbose", "in": "query", "example": "false", "schema": {"type": "boolean"}},
            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
        ],
        "responses": _responses(
            _json(thing, example={"id": "t1", "created_at": "2025-02-03T04:05:06Z", "size": 3})
        ),
    }
    create = {
        "operationId": "createThing",
        "summary": "Create a thing",
        "tags": ["Things"],
        "requestBody": {
            "required": True,
            "content": _json(
                {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
                    "required": ["name"],
                }
            ),
        },
        "responses": _responses(_json(thing)),
    }
    chat = {
        "operationId": "chatThing",
        "summary": "Talk to a thing",
        "tags": ["Thing Talk"],
        "requestBody": {
            "required": True,
            "content": _json(
                {
                    "type": "object",
                    "properties": {"prompt": {"type": "string"}, "stream": {"type": "boolean"}},
                    "required": ["prompt"],
                },
                example={"prompt": "hello", "stream": False},
            ),
        },
        "responses": _responses(
            {
                **_json(thing),
                "text/event-stream": {
                    "schema": {"type": "object", "properties": {"data": thing}},
                    "x-speakeasy-sse-sentinel": "[DONE]",
                },
            }
        ),
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1"},
        "servers": [{"url": "https://example.com/api/v1"}],
        "paths": {
            "/things/{thing_id}": {"get": get},
            "/things": {"post": create},
            "/chat": {"post": chat},
        },
        "components": {"schemas": {"Thing": THING, "UnauthorizedResponse": UNAUTHORIZED}},
    }


TABLE = [
    ("things_get", "GET", "/things/{thing_id}", "getThing", "-"),
    ("things_create", "POST", "/things", "createThing", "-"),
    ("things_chat", "POST", "/chat", "chatThing", "stream"),
]


def tiny_rows() -> list[TableRow]:
    return [
        TableRow(function, method, path, operation_id, sse == "stream", (), (), "as in the SDK")
        for function, method, path, operation_id, sse in TABLE
    ]


def tiny_operations() -> tuple[dict[str, Any], list[OperationInfo]]:
    """The spec and its operations, described."""
    spec = tiny_spec()
    return spec, extract_operations(spec, tiny_rows(), ModelGenerator(spec))


def write_tiny_spec(directory: Path) -> tuple[Path, Path]:
    """The spec (YAML) and its operations.tsv, written into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    spec_path = directory / "openrouter.openapi.yaml"
    spec_path.write_text(yaml.safe_dump(tiny_spec(), sort_keys=False), encoding="utf-8")
    table_path = directory / "operations.tsv"
    header = "function\tmethod\tpath\toperation_id\tsse\trequest_content\tsuccess_content\tnote"
    lines = [header]
    for function, method, path, operation_id, sse in TABLE:
        lines.append(f"{function}\t{method}\t{path}\t{operation_id}\t{sse}\t-\t-\tas in the SDK")
    table_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return spec_path, table_path
