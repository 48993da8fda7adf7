# Generated from the OpenRouter OpenAPI spec (components/schemas/NamespaceFunctionTool) by `python -m codegen`; do not edit.
"""A function tool grouped inside a namespace tool."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class NamespaceFunctionTool:
    """A function tool grouped inside a namespace tool."""

    allowed_callers: list[str] | Unset | None = UNSET
    defer_loading: bool | None = None
    description: str | Unset | None = UNSET
    name: str
    output_schema: dict[str, Any] | Unset | None = UNSET
    parameters: dict[str, Any] | Unset | None = UNSET
    strict: bool | Unset | None = UNSET
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_callers: list[str] | Unset | None = UNSET,
        defer_loading: bool | None = None,
        description: str | Unset | None = UNSET,
        name: str,
        output_schema: dict[str, Any] | Unset | None = UNSET,
        parameters: dict[str, Any] | Unset | None = UNSET,
        strict: bool | Unset | None = UNSET,
        type: str = "function",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_callers", allowed_callers)
        _setattr("defer_loading", defer_loading)
        _setattr("description", description)
        _setattr("name", name)
        _setattr("output_schema", output_schema)
        _setattr("parameters", parameters)
        _setattr("strict", strict)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_callers={self.allowed_callers!r}, "
            f"defer_loading={self.defer_loading!r}, "
            f"description={self.description!r}, "
            f"name={self.name!r}, "
            f"output_schema={self.output_schema!r}, "
            f"parameters={self.parameters!r}, "
            f"strict={self.strict!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_callers,
            self.defer_loading,
            self.description,
            self.name,
            self.output_schema,
            self.parameters,
            self.strict,
            self.type,
            self.extra_fields,
        ) == (
            other.allowed_callers,
            other.defer_loading,
            other.description,
            other.name,
            other.output_schema,
            other.parameters,
            other.strict,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "NamespaceFunctionTool",
                self.allowed_callers,
                self.defer_loading,
                self.description,
                self.name,
                self.output_schema,
                self.parameters,
                self.strict,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
