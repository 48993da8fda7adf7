# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputCustomToolCallItem) by `python -m codegen`; do not edit.
"""A call to a custom (freeform-grammar) tool created by the model — distinct from `function_call`."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputCustomToolCallItem:
    """A call to a custom (freeform-grammar) tool created by the model — distinct from
    `function_call`.
    """

    call_id: str
    id: str | None = None
    input: str
    name: str
    namespace: str | None = None
    """Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
    server).
    """
    type: str = "custom_tool_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call_id: str,
        id: str | None = None,
        input: str,
        name: str,
        namespace: str | None = None,
        type: str = "custom_tool_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("input", input)
        _setattr("name", name)
        _setattr("namespace", namespace)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"input={self.input!r}, "
            f"name={self.name!r}, "
            f"namespace={self.namespace!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.call_id,
            self.id,
            self.input,
            self.name,
            self.namespace,
            self.type,
            self.extra_fields,
        ) == (
            other.call_id,
            other.id,
            other.input,
            other.name,
            other.namespace,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputCustomToolCallItem",
                self.call_id,
                self.id,
                self.input,
                self.name,
                self.namespace,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
