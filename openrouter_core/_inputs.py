"""Turning the caller's request (a model, a dict, or nothing) into a validated request model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._converter import EXTRA_FIELDS, WIRE_NAME, explain_failure, structure
from openrouter_core.errors import SDKValidationError


def coerce_request(request: Any, request_type: type[Any] | None) -> Result[Any, SDKValidationError]:
    """Accept an instance of ``request_type``, a mapping with its keys, or ``None``."""
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
        return Failure(
            SDKValidationError(
                f"request must be a {request_type.__name__} or a dict, not {type(request).__name__}"
            )
        )
    return _from_mapping(request, request_type)


def _from_mapping(
    request: Mapping[Any, Any], request_type: type[Any]
) -> Result[Any, SDKValidationError]:
    fields = attrs.fields(request_type)
    by_name = {field.name: field for field in fields}
    by_wire = {field.metadata.get(WIRE_NAME, field.name): field for field in fields}
    wire_data: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    for key, value in request.items():
        field = by_name.get(key) if isinstance(key, str) else None
        if field is None and isinstance(key, str):
            field = by_wire.get(key)
        if field is None:
            known = ", ".join(sorted(name for name in by_name if name != EXTRA_FIELDS))
            hint = (
                " Send body fields this SDK does not know yet with extra_fields={...}."
                if EXTRA_FIELDS in by_name
                else ""
            )
            return Failure(
                SDKValidationError(
                    f"{request_type.__name__} has no field {key!r}; known fields: {known}.{hint}",
                    field=str(key),
                )
            )
        if field.name == EXTRA_FIELDS:
            if not isinstance(value, Mapping):
                return Failure(
                    SDKValidationError("extra_fields must be a dict", field=EXTRA_FIELDS)
                )
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
        return Failure(
            SDKValidationError(
                f"{request_type.__name__} requires {', '.join(missing)}", field=missing[0]
            )
        )
    try:
        model = structure(wire_data, request_type)
    except Exception as exc:
        where, reason = explain_failure(wire_data, request_type)
        place = f"field {where!r}" if where else "a field"
        return Failure(
            SDKValidationError(
                f"{request_type.__name__}: {place} does not fit ({reason})", field=where, cause=exc
            )
        )
    if extras:
        object.__setattr__(model, EXTRA_FIELDS, extras)
    return Success(model)
