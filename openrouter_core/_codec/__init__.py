"""The model codec: the one owner of how a model meets the wire, in both directions.

It alone knows a field's wire name (``metadata["wire"]``), the ``extra_fields`` dict that keeps
keys a model does not declare, ``UNSET`` (left out when writing), nullability (a ``None`` whose
default is ``None`` is left out; one that may be ``null`` is sent) and date-times (RFC 3339).
Everything else asks it: :func:`wire_name`, :func:`field_wire_name`, :func:`declares_extra`,
:func:`declared_wire_names` and :func:`value_of` here, and its modules for the rest:

- :mod:`.readers`: decoded JSON → models (the fast, strict and forgiving passes), and a dict
  request checked in place into the wire dict it sends (:func:`.readers.read_wire`);
- :mod:`.model_readers`: the reader of one model class, compiled from its fields;
- :mod:`.scalars` and :mod:`.wire_scalars`: what every reader shares, and the scalars whose
  wire form differs;
- :mod:`.writer`: models → JSON-ready data (request bodies, ``to_dict``);
- :mod:`.decoding`: how a call decodes (strict or forgiving) and ``spec_problems``.

What is made when (the policy; the docstring of ``codegen`` states the same):

- **Ahead of time, by codegen: declarations only.** Models (fields, wire names, defaults, union
  rules), operations (method, path, parameters, the status → error table), pagination paths:
  data a reader can check against the spec, in committed source.
- **At first use, in the process that needs it: whatever runs over those declarations.** A
  model's reader and writer (compiled per class, then cached), its wire-name lookups, a
  pagination path's steps, an error body's model. Paid once per class or path by the process
  that uses it, never by one that only imports.
- **At import: nothing is derived.** Importing a module defines what it declares; it does not
  convert names, compile code or build tables from other tables, so importing one function
  stays as cheap as its declarations.

Code generated ahead of time would be committed, reviewed and kept in sync for every model,
most of which a process never reads; code made at first use costs only the classes in use.
The one exception is the attrs methods written into generated classes
(``codegen.attrs_methods``), kept only while a paired measurement shows they pay.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

__all__ = [
    "EXTRA_FIELDS",
    "WIRE_NAME",
    "declared_wire_names",
    "declares_extra",
    "field_wire_name",
    "value_of",
    "wire_name",
]

#: Field metadata key naming the field's JSON name (absent when it is the Python name).
WIRE_NAME = "wire"
#: Name of the field that keeps the JSON keys a model does not declare.
EXTRA_FIELDS = "extra_fields"

#: Per model class: its declared fields' wire name → attribute name (``extra_fields`` aside).
_ATTRIBUTES: dict[type[Any], dict[str, str]] = {}
#: Per model class: attribute name → wire name, the other way round.
_WIRE_NAMES: dict[type[Any], dict[str, str]] = {}


def _attributes(cls: type[Any]) -> dict[str, str]:
    names = _ATTRIBUTES.get(cls)
    if names is None:
        names = {field_wire_name(field): field.name for field in _declared(cls)}
        _ATTRIBUTES[cls] = names
    return names


def _declared(cls: type[Any]) -> list[attrs.Attribute[Any]]:
    return [field for field in attrs.fields(cls) if field.name != EXTRA_FIELDS]


def field_wire_name(field: attrs.Attribute[Any]) -> str:
    """The JSON key of a model's field."""
    name: str = field.metadata.get(WIRE_NAME, field.name)
    return name


def wire_name(cls: type[Any], attribute: str) -> str | None:
    """The JSON key of model ``cls``'s attribute ``attribute``, or None if it declares none."""
    names = _WIRE_NAMES.get(cls)
    if names is None:
        names = {field.name: field_wire_name(field) for field in _declared(cls)}
        _WIRE_NAMES[cls] = names
    return names.get(attribute)


def declared_wire_names(cls: type[Any]) -> dict[str, str]:
    """Model ``cls``'s declared JSON keys, each mapped to its attribute (in field order)."""
    return _attributes(cls)


def declares_extra(cls: type[Any]) -> bool:
    """Whether model ``cls`` keeps undeclared keys (it has an ``extra_fields`` field)."""
    return EXTRA_FIELDS in attrs.fields_dict(cls)


def value_of(model: Any, key: str) -> Any:
    """What model instance ``model`` holds for JSON key ``key``: its field's value, else the
    key's entry in its ``extra_fields``, else None."""
    attribute = _attributes(type(model)).get(key)
    value = getattr(model, attribute) if attribute is not None else None
    if value is None:
        extras = getattr(model, EXTRA_FIELDS, None)
        if isinstance(extras, Mapping):
            value = extras.get(key)
    return value
