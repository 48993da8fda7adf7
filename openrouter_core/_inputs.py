"""Turning the caller's request (a model, a dict, or nothing) into a validated request model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._operation import Body
from openrouter_core._structure import EXTRA_FIELDS, WIRE_NAME
from openrouter_core.errors import SDKValidationError


def coerce_request(
    request: Any, request_type: type[Any] | None, body: Body | None = None
) -> Result[Any, SDKValidationError]:
    """Accept an instance of ``request_type``, a mapping with its keys, or ``None``.

    When ``body`` declares a model the request nests as its ``body`` field, the mapping is
    flat: the parameters by name, and every other key a field of the body.
    """
    if request_type is None:
        if request is None:
            return Success(None)
        return Failure(SDKValidationError("this operation takes no request; pass None"))
    if isinstance(request, request_type):
        return Success(request)
    if request is None:
        try:
            # Most calls without a request have no required fields: build the defaults directly.
            return Success(request_type())
        except TypeError:
            request = {}  # let the mapping path name the missing fields
    if not isinstance(request, Mapping):
        name = request_type.__name__
        article = "an" if name[:1] in "AEIOU" else "a"
        return Failure(
            SDKValidationError(
                f"request must be {article} {name} or a dict, not {type(request).__name__}",
                field="request",
            )
        )
    # Only a dict request needs the converter: a call without one never loads it.
    from openrouter_core._converter import explain_failure, structure

    nested = body.model if body is not None and body.model is not None else None
    try:
        if nested is None:
            wire_data, extras = _wire_data(request, request_type)
        else:
            wire_data, extras = _nested_wire_data(request, request_type, nested)
    except SDKValidationError as exc:
        return Failure(exc)
    try:
        model = structure(wire_data, request_type)
    except Exception as exc:
        where, reason = explain_failure(wire_data, request_type)
        if nested is not None and where and where.startswith(_BODY + "."):
            where = where[len(_BODY) + 1 :]  # the caller's dict is flat
        place = f"field {where!r}" if where else "a field"
        return Failure(
            SDKValidationError(
                f"{request_type.__name__}: {place} does not fit ({reason})", field=where, cause=exc
            )
        )
    if extras:
        object.__setattr__(
            getattr(model, _BODY) if nested is not None else model, EXTRA_FIELDS, extras
        )
    return Success(model)


#: The request field that holds a nested JSON body.
_BODY = "body"


def _nested_wire_data(
    request: Mapping[Any, Any], request_type: type[Any], body_type: type[Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A flat mapping split into the request's parameters and its nested body's fields."""
    params = [field for field in attrs.fields(request_type) if field.name != _BODY]
    param_keys = {key for field in params for key in (field.name, field.metadata.get(WIRE_NAME))}
    own = {key: value for key, value in request.items() if key in param_keys}
    rest = {key: value for key, value in request.items() if key not in param_keys}
    wire_data, _ = _wire_data(own, request_type, skip=_BODY)
    if _BODY in rest and _BODY not in attrs.fields_dict(body_type):
        # The class's shape as a dict: {"body": {...} or a body model, plus parameters}.
        given = rest.pop(_BODY)
        if rest:
            raise SDKValidationError(
                f"give the body's fields either flat or under 'body', not both ({sorted(rest)})",
                field=_BODY,
            )
        if isinstance(given, body_type):
            from openrouter_core._converter import unstructure

            try:
                wire_data[_BODY] = unstructure(given)
            except SDKValidationError:
                raise
            except Exception as exc:  # a cycle, a key that is not a string, too deep a nesting
                from openrouter_core._encoding import UnencodableRequest
                from openrouter_core._unencodable import explain_unencodable

                unencodable = UnencodableRequest(exc, json=True)
                raise explain_unencodable({_BODY: given}, unencodable) from None
            return wire_data, {}
        if not isinstance(given, Mapping):
            raise SDKValidationError(f"body must be a {body_type.__name__} or a dict", field=_BODY)
        rest = dict(given)
    body_data, extras = _wire_data(rest, body_type, also_known=[field.name for field in params])
    body_field = attrs.fields_dict(request_type)[_BODY]
    if body_data or extras or body_field.default is attrs.NOTHING:
        wire_data[_BODY] = body_data
    return wire_data, extras


def _wire_data(
    request: Mapping[Any, Any],
    request_type: type[Any],
    *,
    skip: str | None = None,
    also_known: list[str] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The mapping under wire names and its ``extra_fields``; raises for unknown or missing keys.

    ``skip`` names a field filled elsewhere; ``also_known`` lists names the error message
    should offer besides ``request_type``'s own (the parameters next to a nested body).
    """
    fields = [field for field in attrs.fields(request_type) if field.name != skip]
    by_name = {field.name: field for field in fields}
    by_wire = {field.metadata.get(WIRE_NAME, field.name): field for field in fields}
    wire_data: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    for key, value in request.items():
        field = by_name.get(key) if isinstance(key, str) else None
        if field is None and isinstance(key, str):
            field = by_wire.get(key)
        if field is None:
            names = [*(name for name in by_name if name != EXTRA_FIELDS), *(also_known or [])]
            hint = (
                " Send body fields this SDK does not know yet with extra_fields={...}."
                if EXTRA_FIELDS in by_name
                else ""
            )
            raise SDKValidationError(
                f"{request_type.__name__} has no field {key!r}; known fields:"
                f" {', '.join(sorted(names))}.{hint}",
                field=str(key),
            )
        if field.name == EXTRA_FIELDS:
            if not isinstance(value, Mapping):
                raise SDKValidationError("extra_fields must be a dict", field=EXTRA_FIELDS)
            extras = dict(value)
            continue
        wire_data[field.metadata.get(WIRE_NAME, field.name)] = value
    missing = [
        field.name
        for field in fields
        if field.default is attrs.NOTHING
        and field.metadata.get(WIRE_NAME, field.name) not in wire_data
    ]
    if missing:
        raise SDKValidationError(
            f"{request_type.__name__} requires {', '.join(missing)}", field=missing[0]
        )
    return wire_data, extras
