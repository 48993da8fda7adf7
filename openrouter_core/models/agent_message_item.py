# Generated from the OpenRouter OpenAPI spec (components/schemas/AgentMessageItem) by `python -m codegen`; do not edit.
"""A message routed between agents in a multi-agent session."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.input_text import InputText


@attrs.frozen(kw_only=True)
class AgentMessageItemAgent:
    """The ``agent`` of a :class:`AgentMessageItem`."""

    agent_name: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, agent_name: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("agent_name", agent_name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(agent_name={self.agent_name!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.agent_name, self.extra_fields) == (other.agent_name, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("AgentMessageItemAgent", self.agent_name, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AgentMessageItemContentEncryptedContent:
    """One of the shapes of :class:`AgentMessageItemContent`."""

    encrypted_content: str
    type: str = "encrypted_content"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        encrypted_content: str,
        type: str = "encrypted_content",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("encrypted_content", encrypted_content)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"encrypted_content={self.encrypted_content!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.encrypted_content, self.type, self.extra_fields) == (
            other.encrypted_content,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AgentMessageItemContentEncryptedContent",
                self.encrypted_content,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AgentMessageItemContentVariant2:
    """Image input content item."""

    detail: str
    """Known values: ``"auto"``, ``"high"``, ``"low"``, ``"original"``."""
    image_url: str | Unset | None = UNSET
    type: str = "input_image"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        detail: str,
        image_url: str | Unset | None = UNSET,
        type: str = "input_image",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("detail", detail)
        _setattr("image_url", image_url)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"detail={self.detail!r}, "
            f"image_url={self.image_url!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.detail, self.image_url, self.type, self.extra_fields) == (
            other.detail,
            other.image_url,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AgentMessageItemContentVariant2",
                self.detail,
                self.image_url,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        agent: AgentMessageItemAgent | Unset | None = UNSET,
        author: str,
        content: list[AgentMessageItemContent],
        id: str | Unset | None = UNSET,
        recipient: str,
        type: str = "agent_message",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("agent", agent)
        _setattr("author", author)
        _setattr("content", content)
        _setattr("id", id)
        _setattr("recipient", recipient)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"agent={self.agent!r}, "
            f"author={self.author!r}, "
            f"content={self.content!r}, "
            f"id={self.id!r}, "
            f"recipient={self.recipient!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.agent,
            self.author,
            self.content,
            self.id,
            self.recipient,
            self.type,
            self.extra_fields,
        ) == (
            other.agent,
            other.author,
            other.content,
            other.id,
            other.recipient,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AgentMessageItem",
                self.agent,
                self.author,
                self.content,
                self.id,
                self.recipient,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
