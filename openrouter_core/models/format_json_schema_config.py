# Generated from the OpenRouter OpenAPI spec (components/schemas/FormatJsonSchemaConfig) by `python -m codegen`; do not edit.
"""JSON schema constrained response format."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class FormatJsonSchemaConfig:
    """JSON schema constrained response format."""

    description: str | None = None
    name: str
    schema: dict[str, Any]
    strict: bool | Unset | None = UNSET
    type: str = "json_schema"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        description: str | None = None,
        name: str,
        schema: dict[str, Any],
        strict: bool | Unset | None = UNSET,
        type: str = "json_schema",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("description", description)
        _setattr("name", name)
        _setattr("schema", schema)
        _setattr("strict", strict)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"name={self.name!r}, "
            f"schema={self.schema!r}, "
            f"strict={self.strict!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.description,
            self.name,
            self.schema,
            self.strict,
            self.type,
            self.extra_fields,
        ) == (
            other.description,
            other.name,
            other.schema,
            other.strict,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FormatJsonSchemaConfig",
                self.description,
                self.name,
                self.schema,
                self.strict,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
