# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.messages_advisor_tool_result_block` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "MessagesAdvisorToolResultBlockDict",
]


class MessagesAdvisorToolResultBlockDict(TypedDict, total=False):
    """The dict form of :class:`MessagesAdvisorToolResultBlock`."""

    content: Required[dict[str, Any]]
    tool_use_id: Required[str]
    type: Required[Literal["advisor_tool_result"]]
