"""The caller's request (a model, a dict, or nothing), checked against its request class.

A dict request is checked where it stands and sent as the wire dict the check writes
(:func:`wire_request`): no model is built and written out again. :func:`coerce_request` turns
one into a model instead, for code that keeps the request (a page walk changes its cursor).
Both check through the codec's readers, so a required field is enforced in one place, and both
name a missing or mistyped field the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._codec import EXTRA_FIELDS, declares_extra, field_wire_name, wire_name
from openrouter_core._operation import Body
from openrouter_core.errors import SDKValidationError

#: The request field that holds a nested JSON body.
_BODY = "body"


class WireRequest:
    """A dict request after its check: ``body`` is the JSON-ready dict to send (wire names,
    defaults a model would have filled in, nothing a model's writer leaves out), and each
    parameter reads by its attribute name as on the request class."""

    __slots__ = ("body", "request_type", "wire_dict")

    def __init__(self, request_type: type[Any], wire: dict[str, Any], body: Any) -> None:
        self.request_type = request_type
        #: The whole request under wire names (parameters, and the body's fields or ``body``).
        self.wire_dict = wire
        self.body = body

    def __getattr__(self, name: str) -> Any:
        key = wire_name(self.request_type, name)
        if key is None:
            raise AttributeError(name)
        return self.wire_dict.get(key)


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
    refused = _not_a_mapping(request, request_type)
    if refused is not None:
        return Failure(refused)
    # Only a dict request needs the readers' careful pass: a call without one never loads it.
    from openrouter_core._codec.readers import read

    try:
        wire_data, extras, nested = _under_wire_names(request, request_type, body)
        model = _checked(read, wire_data, request_type, nested)
    except SDKValidationError as exc:
        return Failure(exc)
    if extras:
        owner = getattr(model, _BODY) if nested is not None else model
        object.__setattr__(owner, EXTRA_FIELDS, extras)
    return Success(model)


def wire_request(request: Mapping[Any, Any], request_type: type[Any], body: Body | None) -> Any:
    """A dict request checked and written as the wire dict it sends (a :class:`WireRequest`).

    Raises SDKValidationError for a field that is missing, unknown or does not fit, and
    ``_encoding.UnencodableRequest`` for a value no body can carry (named by the caller).
    """
    from openrouter_core._codec.readers import read_wire
    from openrouter_core._codec.writer import write_dict
    from openrouter_core._encoding import UnencodableRequest

    wire_data, extras, nested = _under_wire_names(request, request_type, body)
    try:
        wire = _checked(read_wire, wire_data, request_type, nested)
        sent = wire.get(_BODY) if nested is not None else wire
        if extras:
            # Keys the request class does not know go last, as a model's writer puts them.
            for key, value in write_dict(extras).items():
                sent.setdefault(key, value)
    except SDKValidationError:
        raise
    except Exception as exc:  # a cycle, a key that is not a string, too deep a nesting
        raise UnencodableRequest(exc, json=body is None or body.kind == "json") from None
    return WireRequest(request_type, wire, sent)


def _not_a_mapping(request: Any, request_type: type[Any]) -> SDKValidationError | None:
    if isinstance(request, Mapping):
        return None
    name = request_type.__name__
    article = "an" if name[:1] in "AEIOU" else "a"
    return SDKValidationError(
        f"request must be {article} {name} or a dict, not {type(request).__name__}",
        field="request",
    )


def _checked(
    read: Callable[[Any, Any], Any],
    wire_data: dict[str, Any],
    request_type: type[Any],
    nested: type[Any] | None,
) -> Any:
    """``read(wire_data, request_type)``; a field that does not fit is an SDKValidationError
    naming it as the caller wrote it (a flat dict has no ``body.``)."""
    from openrouter_core._codec.readers import explain_failure, read_wire
    from openrouter_core._codec.scalars import StructureError

    try:
        return read(wire_data, request_type)
    except StructureError as exc:
        where, reason = exc.path or None, exc.reason
        cause: Exception = exc
    except SDKValidationError:
        raise
    except Exception as exc:
        if read is read_wire:
            raise  # builds no model, so not a misfit: a value no body can carry
        # A model's own validator, say: the careful pass names the field.
        (where, reason), cause = explain_failure(wire_data, request_type), exc
    raise _misfit(where, reason, wire_data, request_type, nested, cause)


def _misfit(
    where: str | None,
    reason: str,
    wire_data: dict[str, Any],
    request_type: type[Any],
    nested: type[Any] | None,
    cause: Exception,
) -> SDKValidationError:
    owner: type[Any] = request_type
    given: Any = wire_data
    if nested is not None and where and where.startswith(_BODY + "."):
        where = where[len(_BODY) + 1 :]  # the caller's dict is flat
        owner, given = nested, wire_data.get(_BODY)
    if reason == "required field missing" and where and "." not in where and "[" not in where:
        names = _missing(given, owner, where)
        message = f"{owner.__name__} requires {', '.join(names)}"
        return SDKValidationError(message, field=names[0], cause=cause)
    place = f"field {where!r}" if where else "a field"
    message = f"{request_type.__name__}: {place} does not fit ({reason})"
    return SDKValidationError(message, field=where, cause=cause)


def _missing(given: Any, owner: type[Any], first: str) -> list[str]:
    """For the message only: every required field of ``owner`` absent from ``given``, the one
    the readers refused first leading (the readers decide what is missing)."""
    absent = [
        field.name
        for field in attrs.fields(owner)
        if field.default is attrs.NOTHING
        and not (isinstance(given, Mapping) and field_wire_name(field) in given)
    ]
    return [first, *(name for name in absent if name != first)]


def _under_wire_names(
    request: Mapping[Any, Any], request_type: type[Any], body: Body | None
) -> tuple[dict[str, Any], dict[str, Any], type[Any] | None]:
    """The mapping under wire names, its ``extra_fields``, and the nested body's class (or
    None when the request is flat); raises for a key the request does not know."""
    nested = body.model if body is not None and body.model is not None else None
    if nested is None:
        return (*_wire_data(request, request_type), None)
    return (*_nested_wire_data(request, request_type, nested), nested)


def _nested_wire_data(
    request: Mapping[Any, Any], request_type: type[Any], body_type: type[Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A flat mapping split into the request's parameters and its nested body's fields."""
    params = [field for field in attrs.fields(request_type) if field.name != _BODY]
    param_keys = {key for field in params for key in (field.name, field_wire_name(field))}
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
            wire_data[_BODY] = given  # the readers take a model where one belongs as it is
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
    """The mapping under wire names and its ``extra_fields``; raises for an unknown key.

    ``skip`` names a field filled elsewhere; ``also_known`` lists names the error message
    should offer besides ``request_type``'s own (the parameters next to a nested body).
    """
    fields = [field for field in attrs.fields(request_type) if field.name != skip]
    by_name = {field.name: field for field in fields}
    by_wire = {field_wire_name(field): field for field in fields}
    wire_data: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    for key, value in request.items():
        field = by_name.get(key) if isinstance(key, str) else None
        if field is None and isinstance(key, str):
            field = by_wire.get(key)
        if field is None:
            raise _unknown_key(key, request_type, by_name, also_known)
        if field.name == EXTRA_FIELDS:
            if not isinstance(value, Mapping):
                raise SDKValidationError("extra_fields must be a dict", field=EXTRA_FIELDS)
            extras = dict(value)
            continue
        wire_data[field_wire_name(field)] = value
    return wire_data, extras


def _unknown_key(
    key: Any, request_type: type[Any], by_name: Mapping[str, Any], also_known: list[str] | None
) -> SDKValidationError:
    names = [*(name for name in by_name if name != EXTRA_FIELDS), *(also_known or [])]
    hint = (
        " Send body fields this SDK does not know yet with extra_fields={...}."
        if declares_extra(request_type)
        else ""
    )
    return SDKValidationError(
        f"{request_type.__name__} has no field {key!r}; known fields:"
        f" {', '.join(sorted(names))}.{hint}",
        field=str(key),
    )
