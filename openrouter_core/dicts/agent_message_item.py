# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.agent_message_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.input_text import InputTextDict

__all__ = [
    "AgentMessageItemAgentDict",
    "AgentMessageItemContentDict",
    "AgentMessageItemContentEncryptedContentDict",
    "AgentMessageItemContentVariant2Dict",
    "AgentMessageItemDict",
]


class AgentMessageItemDict(TypedDict, total=False):
    """The dict form of :class:`AgentMessageItem`."""

    agent: AgentMessageItemAgentDict | None
    author: Required[str]
    content: Required[list[AgentMessageItemContentDict]]
    id: str | None
    recipient: Required[str]
    type: Required[Literal["agent_message"]]


class AgentMessageItemAgentDict(TypedDict, total=False):
    """The dict form of :class:`AgentMessageItemAgent`."""

    agent_name: Required[str]


AgentMessageItemContentDict: TypeAlias = "InputTextDict | AgentMessageItemContentVariant2Dict | AgentMessageItemContentEncryptedContentDict"


class AgentMessageItemContentEncryptedContentDict(TypedDict, total=False):
    """The dict form of :class:`AgentMessageItemContentEncryptedContent`."""

    encrypted_content: Required[str]
    type: Required[Literal["encrypted_content"]]


class AgentMessageItemContentVariant2Dict(TypedDict, total=False):
    """The dict form of :class:`AgentMessageItemContentVariant2`."""

    detail: Required[Literal["auto", "high", "low", "original"] | str]
    image_url: str | None
    type: Required[Literal["input_image"]]
