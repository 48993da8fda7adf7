# Generated from the OpenRouter OpenAPI spec (components/schemas/FunctionCallItem) by `python -m codegen`; do not edit.
"""A function call initiated by the model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openai_response_function_tool_call import (
        OpenAIResponseFunctionToolCallSubagentItems,
    )


@attrs.frozen(kw_only=True)
class FunctionCallItem:
    """A function call initiated by the model."""

    arguments: str
    call_id: str
    id: str
    name: str
    namespace: str | None = None
    """Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
    server).
    """
    status: str | None = None
    """Known values: :class:`ToolCallStatus`."""
    subagent_id: str | None = None
    """EXPERIMENTAL — subject to change without notice."""
    subagent_items: list[OpenAIResponseFunctionToolCallSubagentItems] | None = None
    """EXPERIMENTAL — subject to change without notice."""
    type: str = "function_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str,
        call_id: str,
        id: str,
        name: str,
        namespace: str | None = None,
        status: str | None = None,
        subagent_id: str | None = None,
        subagent_items: list[OpenAIResponseFunctionToolCallSubagentItems] | None = None,
        type: str = "function_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arguments", arguments)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("name", name)
        _setattr("namespace", namespace)
        _setattr("status", status)
        _setattr("subagent_id", subagent_id)
        _setattr("subagent_items", subagent_items)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arguments={self.arguments!r}, "
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"namespace={self.namespace!r}, "
            f"status={self.status!r}, "
            f"subagent_id={self.subagent_id!r}, "
            f"subagent_items={self.subagent_items!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.arguments,
            self.call_id,
            self.id,
            self.name,
            self.namespace,
            self.status,
            self.subagent_id,
            self.subagent_items,
            self.type,
            self.extra_fields,
        ) == (
            other.arguments,
            other.call_id,
            other.id,
            other.name,
            other.namespace,
            other.status,
            other.subagent_id,
            other.subagent_items,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FunctionCallItem",
                self.arguments,
                self.call_id,
                self.id,
                self.name,
                self.namespace,
                self.status,
                self.subagent_id,
                self.subagent_items,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
