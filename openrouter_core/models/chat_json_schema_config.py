# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatJsonSchemaConfig) by `python -m codegen`; do not edit.
"""JSON Schema configuration object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ChatJsonSchemaConfig:
    """JSON Schema configuration object."""

    description: str | None = None
    """Schema description for the model."""
    name: str
    """Schema name (a-z, A-Z, 0-9, underscores, dashes, max 64 chars)."""
    schema: dict[str, Any] | None = None
    """JSON Schema object."""
    strict: bool | Unset | None = UNSET
    """Enable strict schema adherence."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        description: str | None = None,
        name: str,
        schema: dict[str, Any] | None = None,
        strict: bool | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("description", description)
        _setattr("name", name)
        _setattr("schema", schema)
        _setattr("strict", strict)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"name={self.name!r}, "
            f"schema={self.schema!r}, "
            f"strict={self.strict!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.description, self.name, self.schema, self.strict, self.extra_fields) == (
            other.description,
            other.name,
            other.schema,
            other.strict,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatJsonSchemaConfig",
                self.description,
                self.name,
                self.schema,
                self.strict,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
