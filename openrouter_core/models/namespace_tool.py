# Generated from the OpenRouter OpenAPI spec (components/schemas/NamespaceTool) by `python -m codegen`; do not edit.
"""Groups function/custom tools under a shared namespace."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
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
