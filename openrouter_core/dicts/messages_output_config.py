# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.messages_output_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "MessagesOutputConfigDict",
    "MessagesOutputConfigFormatDict",
    "MessagesOutputConfigTaskBudgetDict",
]


class MessagesOutputConfigDict(TypedDict, total=False):
    """The dict form of :class:`MessagesOutputConfig`."""

    effort: Literal["low", "medium", "high", "xhigh", "max"] | str | None
    format: MessagesOutputConfigFormatDict | None
    task_budget: MessagesOutputConfigTaskBudgetDict | None


class MessagesOutputConfigFormatDict(TypedDict, total=False):
    """The dict form of :class:`MessagesOutputConfigFormat`."""

    schema: Required[dict[str, Any]]
    type: Required[Literal["json_schema"]]


class MessagesOutputConfigTaskBudgetDict(TypedDict, total=False):
    """The dict form of :class:`MessagesOutputConfigTaskBudget`."""

    remaining: int | None
    total: Required[int]
    type: Required[Literal["tokens"]]
