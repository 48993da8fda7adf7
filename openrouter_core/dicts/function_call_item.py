# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.function_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.openai_response_function_tool_call import (
        OpenAIResponseFunctionToolCallSubagentItemsDict,
    )

__all__ = [
    "FunctionCallItemDict",
]


class FunctionCallItemDict(TypedDict, total=False):
    """The dict form of :class:`FunctionCallItem`."""

    arguments: Required[str]
    call_id: Required[str]
    id: Required[str]
    name: Required[str]
    namespace: str | None
    status: Literal["in_progress", "completed", "incomplete"] | str | None
    subagent_id: str | None
    subagent_items: list[OpenAIResponseFunctionToolCallSubagentItemsDict] | None
    type: Required[Literal["function_call"]]
