"""What the official ``openrouter`` package says about each operation, read from its source.

Each SDK method is read twice: its syntax tree (this module) gives the HTTP method, path,
operation id, accept type, how the body is serialised and the per-status response matching;
its pydantic classes (:mod:`codegen.supplement.schemas`) give the parameter and body shapes.
Nothing here runs an SDK method or sends a request.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs


@attrs.frozen
class Match:
    """One ``utils.match_response(http_res, statuses, content_type)`` branch."""

    statuses: tuple[str, ...]
    content_type: str
    #: ``components.X`` / ``errors.XData`` the body is unmarshalled into, if any.
    model: str | None
    #: The exception class raised for an error status.
    raises: str | None


@attrs.frozen
class MethodFacts:
    """One SDK method, as its generated code describes it."""

    group: str  # the SDK attribute (``batch``, ``o_auth``)
    method_name: str  # ``create_batches``
    http_method: str
    path: str
    operation_id: str
    tags: tuple[str, ...]
    accept: str
    summary: str
    description: str
    request_class: str | None  # ``operations.CreateBatchesRequest`` / ``components.X``
    body_field: str | None  # ``batch_submit_body``; None when the request itself is the body
    body_format: str | None  # ``json`` / ``multipart`` / ``form``; None: no body
    body_required: bool
    matches: tuple[Match, ...]
    #: The operation's own servers (``operations.X_SERVERS``), where it has some.
    servers: tuple[str, ...] = ()
    #: ``x-speakeasy-pagination`` as the method's ``next_func`` pages, or None.
    pagination: dict[str, Any] | None = None


def sdk_groups() -> dict[str, tuple[str, str]]:
    """SDK attribute → (module, class), as the package's lazy sub-SDK map names them."""
    from openrouter.sdk import OpenRouter

    groups = dict(OpenRouter._sub_sdk_map)
    # Nested groups (``beta.responses``, ``alpha.decisions``) are annotated class attributes.
    for name, (module, cls) in list(groups.items()):
        klass = getattr(importlib.import_module(module), cls)
        for sub, annotation in typing.get_type_hints(klass).items():
            if (
                inspect.isclass(annotation)
                and annotation.__module__.startswith("openrouter.")
                and annotation.__name__ != "SDKConfiguration"
                and sub != "parent_ref"
            ):
                groups[f"{name}_{sub}"] = (annotation.__module__, annotation.__name__)
    return groups


def all_methods() -> Iterator[MethodFacts]:
    """Every synchronous SDK method that sends a request."""
    for group, (module_name, class_name) in sorted(sdk_groups().items()):
        module = importlib.import_module(module_name)
        tree = ast.parse(Path(inspect.getfile(module)).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == class_name:
                for item in node.body:
                    if isinstance(item, ast.FunctionDef):
                        facts = _method(group, item)
                        if facts is not None:
                            yield facts


def _calls(node: ast.AST, dotted: str) -> Iterator[ast.Call]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and ast.unparse(sub.func) == dotted:
            yield sub


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _constant(node: ast.expr | None) -> Any:
    return node.value if isinstance(node, ast.Constant) else None


def _method(group: str, func: ast.FunctionDef) -> MethodFacts | None:
    build = next(_calls(func, "self._build_request"), None)
    hook = next(_calls(func, "HookContext"), None)
    if build is None or hook is None:
        return None
    doc = ast.get_docstring(func, clean=True) or ""
    summary, _, rest = doc.partition("\n")
    description = rest.split("\n:param", 1)[0].strip()
    tags = _keyword(hook, "tags")
    body_format = body_field = None
    serialize = next(_calls(func, "utils.serialize_request_body"), None)
    if serialize is not None:
        target = ast.unparse(serialize.args[0])  # ``request.batch_submit_body`` or ``request``
        body_field = target.split(".", 1)[1] if "." in target else None
        body_format = _constant(serialize.args[3])
    accept = _keyword(build, "accept_header_value")
    return MethodFacts(
        group=group,
        method_name=func.name,
        http_method=str(_constant(_keyword(build, "method"))),
        path=str(_constant(_keyword(build, "path"))),
        operation_id=str(_constant(_keyword(hook, "operation_id"))),
        tags=tuple(_constant(t) for t in tags.elts) if isinstance(tags, ast.List) else (),
        accept=_constant(accept) or "application/json",
        summary=summary.strip(),
        description=description,
        request_class=_request_class(func),
        body_field=body_field,
        body_format=body_format,
        body_required=bool(_constant(_keyword(build, "request_body_required"))),
        matches=tuple(_matches(func)),
        pagination=_pagination(func),
        servers=_servers(func),
    )


def _request_class(func: ast.FunctionDef) -> str | None:
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and [ast.unparse(t) for t in node.targets] == ["request"]
            and isinstance(node.value, ast.Call)
        ):
            name = ast.unparse(node.value.func)
            if name == "utils.get_pydantic_model":  # ``request`` passed whole by the caller
                return ast.unparse(node.value.args[1]).removeprefix("Optional[").rstrip("]")
            return name
    return None


def _matches(func: ast.FunctionDef) -> Iterator[Match]:
    for node in ast.walk(func):
        if not isinstance(node, ast.If):
            continue
        test = node.test
        if not (isinstance(test, ast.Call) and ast.unparse(test.func) == "utils.match_response"):
            continue
        codes = test.args[1]
        statuses = (
            tuple(_constant(c) for c in codes.elts)
            if isinstance(codes, ast.List)
            else (_constant(codes),)
        )
        model = raises = None
        for sub in ast.walk(ast.Module(body=node.body, type_ignores=[])):
            if isinstance(sub, ast.Call):
                name = ast.unparse(sub.func)
                if name == "unmarshal_json_response" and model is None:
                    model = ast.unparse(sub.args[0])
            if isinstance(sub, ast.Raise) and isinstance(sub.exc, ast.Call):
                raises = ast.unparse(sub.exc.func)
        yield Match(statuses, str(_constant(test.args[2])), model, raises)


def _pagination(func: ast.FunctionDef) -> dict[str, Any] | None:
    """What ``next_func`` reads from a page and which argument carries the next cursor."""
    pager = next(
        (n for n in ast.walk(func) if isinstance(n, ast.FunctionDef) and n.name == "next_func"),
        None,
    )
    if pager is None:
        return None
    outputs: dict[str, str] = {}
    for node in ast.walk(pager):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            inner = call.func.value if isinstance(call.func, ast.Attribute) else None
            if isinstance(inner, ast.Call) and ast.unparse(inner.func) == "JSONPath":
                target = ast.unparse(node.targets[0])
                key = {"next_cursor": "nextCursor", "results": "results"}.get(target)
                if key:
                    outputs[key] = str(_constant(inner.args[0]))
    inputs: list[dict[str, str]] = []
    recursive = next(
        (
            c
            for c in ast.walk(pager)
            if isinstance(c, ast.Call) and ast.unparse(c.func) == f"self.{func.name}"
        ),
        None,
    )
    for keyword in recursive.keywords if recursive is not None else ():
        value = ast.unparse(keyword.value)
        if value == "next_cursor":
            inputs.append({"in": "parameters", "name": str(keyword.arg), "type": "cursor"})
        elif value == "next_offset":
            inputs.append({"in": "parameters", "name": str(keyword.arg), "type": "offset"})
        elif keyword.arg == "limit" and inputs and inputs[0]["type"] == "offset":
            inputs.append({"in": "parameters", "name": "limit", "type": "limit"})
    if not inputs:
        return None
    # Speakeasy's own names for the two styles, as the public spec's operations carry them.
    style = "cursor" if inputs[0]["type"] == "cursor" else "offsetLimit"
    return {"inputs": inputs, "outputs": outputs, "type": style}


def _servers(func: ast.FunctionDef) -> tuple[str, ...]:
    """``base_url = operations.X_SERVERS[0]``: the operation's own server list."""
    for node in ast.walk(func):
        if isinstance(node, ast.Subscript) and ast.unparse(node.value).endswith("_SERVERS"):
            module, _, name = ast.unparse(node.value).rpartition(".")
            servers = getattr(importlib.import_module(f"openrouter.{module}"), name)
            return tuple(str(url) for url in servers)
    return ()
