# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.namespace_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.custom_tool import CustomToolDict
    from openrouter_core.dicts.namespace_function_tool import NamespaceFunctionToolDict

__all__ = [
    "NamespaceToolDict",
    "NamespaceToolToolsDict",
]


class NamespaceToolDict(TypedDict, total=False):
    """The dict form of :class:`NamespaceTool`."""

    description: Required[str]
    name: Required[str]
    tools: Required[list[NamespaceToolToolsDict]]
    type: Required[Literal["namespace"]]


NamespaceToolToolsDict: TypeAlias = "NamespaceFunctionToolDict | CustomToolDict"
