# Generated from the OpenRouter OpenAPI spec (components/schemas/AgentMessageItem) by `python -m codegen`; do not edit.
"""A message routed between agents in a multi-agent session."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.input_text import InputText


@attrs.frozen(kw_only=True)
class AgentMessageItemAgent:
    """The ``agent`` of a :class:`AgentMessageItem`."""

    agent_name: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AgentMessageItemContentEncryptedContent:
    """One of the shapes of :class:`AgentMessageItemContent`."""

    encrypted_content: str
    type: str = "encrypted_content"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AgentMessageItemContentVariant2:
    """Image input content item."""

    detail: str
    """Known values: ``"auto"``, ``"high"``, ``"low"``, ``"original"``."""
    image_url: str | Unset | None = UNSET
    type: str = "input_image"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


AgentMessageItemContent: TypeAlias = (
    InputText
    | AgentMessageItemContentVariant2
    | AgentMessageItemContentEncryptedContent
    | dict[str, Any]
)
"""The ``content`` of a :class:`AgentMessageItem`."""


_AGENT_MESSAGE_ITEM_CONTENT_BY_TYPE: dict[Any, Any] = {
    "encrypted_content": AgentMessageItemContentEncryptedContent,
    "input_image": AgentMessageItemContentVariant2,
    "input_text": InputText,
}


def _choose_agent_message_item_content(data: Any) -> Any:
    """The member of :data:`AgentMessageItemContent` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _AGENT_MESSAGE_ITEM_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AgentMessageItemContent: expected an object, got {type(data).__name__}")


register_union(AgentMessageItemContent, _choose_agent_message_item_content)


@attrs.frozen(kw_only=True)
class AgentMessageItem:
    """A message routed between agents in a multi-agent session."""

    agent: AgentMessageItemAgent | Unset | None = UNSET
    author: str
    content: list[AgentMessageItemContent]
    id: str | Unset | None = UNSET
    recipient: str
    type: str = "agent_message"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
