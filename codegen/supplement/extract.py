"""Build the OpenAPI supplement: the operations the official packages have and the base spec lacks.

Facts come from the installed ``openrouter`` package (its methods' syntax trees, see
:mod:`codegen.supplement.sdk_facts`, and its pydantic classes, see
:mod:`codegen.supplement.schemas`); function names from the TypeScript SDK's ``src/funcs``
where it has one (``typescript_names.tsv``, refreshed with ``--ts-sdk``). The output is data
only: ``codegen/spec/openrouter.supplement.yaml`` and ``codegen/spec/operations.supplement.tsv``,
which ``python -m codegen`` merges with the base spec and table.
"""

from __future__ import annotations

import csv
import http
import importlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from codegen.naming import snake_case
from codegen.supplement.schemas import SCHEMAS, SchemaReader
from codegen.supplement.sdk_facts import Match, MethodFacts

HERE = Path(__file__).resolve().parent
TS_NAMES = HERE / "typescript_names.tsv"
#: The app headers every operation takes; the base spec declares them once, as components.
GLOBAL_HEADERS = {
    "HTTP-Referer": "AppIdentifier",
    "X-OpenRouter-Title": "AppDisplayName",
    "X-OpenRouter-Categories": "AppCategories",
}
BODY_TYPES = {
    "json": "application/json",
    "multipart": "multipart/form-data",
    "form": "application/x-www-form-urlencoded",
}
TABLE_HEADER = (
    "function",
    "method",
    "path",
    "operation_id",
    "sse",
    "request_content",
    "success_content",
    "note",
)


def read_ts_names(path: Path = TS_NAMES) -> dict[str, str]:
    """Operation id → the TypeScript SDK's function name (``vaultListVaultSecrets``)."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {
            row["operation_id"]: row["function"] for row in csv.DictReader(handle, delimiter="\t")
        }


def scan_ts_sdk(package_dir: Path) -> dict[str, str]:
    """Operation id → function name, from an unpacked ``@openrouter/sdk`` (``esm/funcs``)."""
    names: dict[str, str] = {}
    for folder in ("src/funcs", "esm/funcs"):
        for path in sorted((package_dir / folder).glob("*.[jt]s")):
            if path.name.endswith(".d.ts"):
                continue
            found = re.search(r'operationID: "([^"]+)"', path.read_text(encoding="utf-8"))
            if found:
                names.setdefault(found.group(1), path.name.split(".")[0])
    return names


def function_name(facts: MethodFacts, ts_names: dict[str, str]) -> tuple[str, str]:
    """Our function name and where it came from."""
    ts = ts_names.get(facts.operation_id)
    if ts:
        # The TypeScript group ``oAuth`` is the word "oauth", as in the existing oauth_* functions.
        return snake_case(re.sub(r"^oAuth", "oauth", ts)), f"as in the TypeScript SDK ({ts})"
    return (
        f"{facts.group}_{facts.method_name}",
        f"as in the Python SDK ({facts.group}.{facts.method_name}); not in the TypeScript SDK 1.3.19",
    )


class SupplementBuilder:
    """Turns SDK facts into OpenAPI paths, component schemas and table rows."""

    def __init__(self, base: dict[str, Any], error_statuses: Iterable[int]) -> None:
        self.base = base
        self.base_schemas = base.get("components", {}).get("schemas", {})
        self.reader = SchemaReader(self.base_schemas)
        self.error_statuses = set(error_statuses)
        self.paths: dict[str, dict[str, Any]] = {}
        self.notes: list[str] = []

    # --- one operation --------------------------------------------------------------------

    def add(self, facts: MethodFacts) -> dict[str, Any]:
        """Add one operation; returns it (for the table row)."""
        op: dict[str, Any] = {
            "operationId": facts.operation_id,
            "summary": facts.summary,
            "tags": list(facts.tags) or ["Other"],
        }
        if facts.description:
            op["description"] = facts.description
        if facts.servers:
            op["servers"] = [{"url": url} for url in facts.servers]
        notes: list[str] = []
        request_cls = _resolve(facts.request_class)
        params, body_type = self._params(request_cls, facts)
        if params:
            op["parameters"] = params
        if facts.body_format is not None and request_cls is not None:
            op["requestBody"] = self._body(facts, request_cls, body_type)
        op["responses"] = self._responses(facts, notes)
        if facts.pagination:
            op["x-speakeasy-pagination"] = self._pagination(facts.pagination, request_cls)
        if notes:
            op["x-supplement-note"] = " ".join(notes)
        method = facts.http_method.lower()
        base_item = self.base["paths"].get(facts.path, {})
        item = self.paths.setdefault(facts.path, {})
        if method in base_item or method in item:
            # The same method and path under another operation id (the multipart form of
            # /audio/transcriptions): a variant the generator finds by its operation id.
            item.setdefault("x-variants", {}).setdefault(method, []).append(op)
        else:
            if not base_item and "parameters" not in item:
                item["parameters"] = [
                    {"$ref": f"#/components/parameters/{name}"} for name in GLOBAL_HEADERS.values()
                ]
            item[method] = op
        return op

    def _params(self, request_cls: Any, facts: MethodFacts) -> tuple[list[dict[str, Any]], Any]:
        params: list[dict[str, Any]] = []
        body_type = request_cls
        if request_cls is None or (facts.request_class or "").startswith("components."):
            return params, body_type
        docs = _docs(request_cls)
        for name, field in request_cls.model_fields.items():
            meta = next((m for m in field.metadata if hasattr(m, "path")), None)
            wire = field.alias or name
            if meta is None:
                continue
            if getattr(meta, "request", None) is not None:
                body_type = field.annotation
                continue
            location = next(
                (loc for loc in ("path", "query", "header") if getattr(meta, loc)), None
            )
            if location is None or wire in GLOBAL_HEADERS:
                continue
            param: dict[str, Any] = {
                "name": wire,
                "in": location,
                "required": location == "path" or field.is_required(),
                "schema": self.reader.schema(field.annotation),
            }
            if docs.get(name):
                param["description"] = docs[name]
            style = getattr(meta, location)
            if location == "query" and getattr(style, "explode", True) is False:
                param["explode"] = False
            params.append(param)
        return params, body_type

    def _body(self, facts: MethodFacts, request_cls: Any, body_type: Any) -> dict[str, Any]:
        content_type = BODY_TYPES[str(facts.body_format)]
        if facts.body_field is not None:
            annotation = request_cls.model_fields[facts.body_field].annotation
        else:
            annotation = body_type
        if facts.body_format == "multipart":
            model, _ = self.reader._strip(annotation)
            schema = self.reader.model_schema(model, multipart=True)
        else:
            schema = self.reader.schema(annotation)
        return {"required": facts.body_required, "content": {content_type: {"schema": schema}}}

    def _responses(self, facts: MethodFacts, notes: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for match in facts.matches:
            for status in match.statuses:
                if not status.isdigit():
                    continue  # 4XX/5XX: every function's default error
                code = int(status)
                if code >= 300 and code < 400:
                    notes.append(
                        f"{code} (a redirect; the SDK returns no body and its headers) is not"
                        " listed: redirects are not followed, so it arrives as"
                        " OpenRouterDefaultError with the Location header."
                    )
                    continue
                if code >= 400:
                    if code not in self.error_statuses:
                        notes.append(
                            f"{code} is documented by the SDK ({_last(match.raises)}) but has no"
                            " error class here; it arrives as OpenRouterDefaultError."
                        )
                        continue
                    out[status] = self._error(code, match)
                else:
                    out[status] = self._success(code, match)
        return out

    def _success(self, code: int, match: Match) -> dict[str, Any]:
        response: dict[str, Any] = {"description": _phrase(code)}
        if match.content_type == "*" and match.model is None:
            return response  # no body (204)
        if match.model is not None:
            schema = self.reader.schema(_resolve(match.model))
        else:
            schema = {"type": "string", "format": "binary"}
        content_type = (
            "application/octet-stream" if match.content_type == "*" else match.content_type
        )
        response["content"] = {content_type: {"schema": schema}}
        return response

    def _error(self, code: int, match: Match) -> dict[str, Any]:
        model = _resolve(match.model)
        schema = {"$ref": SCHEMAS + self.reader.named(model, _last(match.model))} if model else {}
        return {
            "description": _phrase(code),
            "content": {"application/json": {"schema": schema}},
        }

    @staticmethod
    def _pagination(pagination: dict[str, Any], request_cls: Any) -> dict[str, Any]:
        fields = getattr(request_cls, "model_fields", {})
        inputs = [
            {**entry, "name": fields[entry["name"]].alias or entry["name"]}
            if entry["name"] in fields
            else entry
            for entry in pagination["inputs"]
        ]
        return {"inputs": inputs, "outputs": pagination["outputs"], "type": pagination["type"]}

    # --- the document ---------------------------------------------------------------------

    def document(self, version: str, ts_version: str) -> dict[str, Any]:
        notes = sorted(set(self.reader.notes + self.notes))
        return {
            "openapi": "3.1.0",
            "info": {
                "title": "OpenRouter API: operations the official SDKs have beyond the public spec",
                "version": version,
                "description": (
                    f"Written by `python -m codegen.supplement` from the `openrouter` package"
                    f" {version} (PyPI) and the function names of `@openrouter/sdk` {ts_version}"
                    " (npm). Do not edit; regenerate."
                ),
            },
            "x-supplement-note": notes,
            "paths": {path: self.paths[path] for path in sorted(self.paths)},
            "components": {
                "schemas": {
                    name: self.reader.components[name] for name in sorted(self.reader.components)
                }
            },
        }


def _resolve(dotted: str | None) -> Any:
    """``operations.X`` / ``components.X`` / ``errors.X`` → the class in the SDK."""
    if not dotted:
        return None
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(f"openrouter.{module}"), name, None)


def _docs(cls: Any) -> dict[str, str]:
    from codegen.supplement.schemas import _field_docs

    return _field_docs(cls)


def _phrase(code: int) -> str:
    try:
        return http.HTTPStatus(code).phrase
    except ValueError:  # Cloudflare's 52x
        return {524: "A Timeout Occurred", 529: "Provider Overloaded"}.get(code, f"Status {code}")


def _last(dotted: str | None) -> str:
    return str(dotted).rsplit(".", 1)[-1]


def missing_methods(
    methods: Iterable[MethodFacts], base: dict[str, Any], table_ids: set[str]
) -> list[MethodFacts]:
    """The SDK methods whose operation id has no function here."""
    return sorted(
        (m for m in methods if m.operation_id not in table_ids), key=lambda m: m.operation_id
    )


def table_row(facts: MethodFacts, op: dict[str, Any], function: str, note: str) -> dict[str, str]:
    body = op.get("requestBody", {}).get("content", {})
    success = [
        ct
        for status, response in op["responses"].items()
        if int(status) < 300
        for ct in response.get("content", {})
    ]
    return {
        "function": function,
        "method": facts.http_method,
        "path": facts.path,
        "operation_id": facts.operation_id,
        "sse": "stream" if "text/event-stream" in success else "-",
        "request_content": ",".join(body) or "-",
        "success_content": ",".join(success) or "-",
        "note": note,
    }
