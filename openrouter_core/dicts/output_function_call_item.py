# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_function_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputFunctionCallItemDict",
    "OutputFunctionCallItemSubagentItemsDict",
]


class OutputFunctionCallItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputFunctionCallItem`."""

    arguments: Required[str]
    call_id: Required[str]
    id: str | None
    name: Required[str]
    namespace: str | None
    status: Literal["completed"]
    type: Required[Literal["function_call"]]
    subagent_id: str | None
    subagent_items: list[OutputFunctionCallItemSubagentItemsDict] | None


class OutputFunctionCallItemSubagentItemsDict(TypedDict, total=False):
    """The dict form of :class:`OutputFunctionCallItemSubagentItems`."""

    type: Required[str]
