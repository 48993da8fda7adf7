# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.namespace_function_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "NamespaceFunctionToolDict",
]


class NamespaceFunctionToolDict(TypedDict, total=False):
    """The dict form of :class:`NamespaceFunctionTool`."""

    allowed_callers: list[str] | None
    defer_loading: bool | None
    description: str | None
    name: Required[str]
    output_schema: dict[str, Any] | None
    parameters: dict[str, Any] | None
    strict: bool | None
    type: Required[Literal["function"]]
