# Generated from the OpenRouter OpenAPI spec (components/schemas/NamespaceTool) by `python -m codegen`; do not edit.
"""Groups function/custom tools under a shared namespace."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.custom_tool import CustomTool
from openrouter_core.models.namespace_function_tool import NamespaceFunctionTool

NamespaceToolTools: TypeAlias = NamespaceFunctionTool | CustomTool | dict[str, Any]
"""The ``tools`` of a :class:`NamespaceTool`."""


_NAMESPACE_TOOL_TOOLS_BY_TYPE: dict[Any, Any] = {
    "custom": CustomTool,
    "function": NamespaceFunctionTool,
}


def _choose_namespace_tool_tools(data: Any) -> Any:
    """The member of :data:`NamespaceToolTools` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _NAMESPACE_TOOL_TOOLS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"NamespaceToolTools: expected an object, got {type(data).__name__}")


register_union(NamespaceToolTools, _choose_namespace_tool_tools)


@attrs.frozen(kw_only=True)
class NamespaceTool:
    """Groups function/custom tools under a shared namespace."""

    description: str
    name: str
    tools: list[NamespaceToolTools]
    type: str = "namespace"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        description: str,
        name: str,
        tools: list[NamespaceToolTools],
        type: str = "namespace",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("description", description)
        _setattr("name", name)
        _setattr("tools", tools)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"name={self.name!r}, "
            f"tools={self.tools!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.description, self.name, self.tools, self.type, self.extra_fields) == (
            other.description,
            other.name,
            other.tools,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("NamespaceTool", self.description, self.name, self.tools, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
