# Generated from the OpenRouter OpenAPI spec (components/schemas/CapabilityDescriptor) by `python -m codegen`; do not edit.
"""A typed descriptor for one supported request parameter."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.boolean_capability import BooleanCapability
from openrouter_core.models.enum_capability import EnumCapability
from openrouter_core.models.range_capability import RangeCapability

CapabilityDescriptor: TypeAlias = (
    EnumCapability | RangeCapability | BooleanCapability | dict[str, Any]
)
"""A typed descriptor for one supported request parameter."""


_CAPABILITY_DESCRIPTOR_BY_TYPE: dict[Any, Any] = {
    "boolean": BooleanCapability,
    "enum": EnumCapability,
    "range": RangeCapability,
}


def _choose_capability_descriptor(data: Any) -> Any:
    """The member of :data:`CapabilityDescriptor` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CAPABILITY_DESCRIPTOR_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"CapabilityDescriptor: expected an object, got {type(data).__name__}")


register_union(CapabilityDescriptor, _choose_capability_descriptor)
