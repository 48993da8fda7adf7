# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatDeveloperMessage) by `python -m codegen`; do not edit.
"""Developer message."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.chat_content_text import ChatContentText

ChatDeveloperMessageContent: TypeAlias = str | list[ChatContentText]
"""Developer message content."""


def _choose_chat_developer_message_content(data: Any) -> Any:
    """The member of :data:`ChatDeveloperMessageContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[ChatContentText]
    raise TypeError(
        f"ChatDeveloperMessageContent: expected a string or an array, got {type(data).__name__}"
    )


register_union(ChatDeveloperMessageContent, _choose_chat_developer_message_content)


@attrs.frozen(kw_only=True)
class ChatDeveloperMessage:
    """Developer message."""

    content: ChatDeveloperMessageContent
    """Developer message content."""
    name: str | None = None
    """Optional name for the developer message."""
    role: str = "developer"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: ChatDeveloperMessageContent,
        name: str | None = None,
        role: str = "developer",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("name", name)
        _setattr("role", role)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"name={self.name!r}, "
            f"role={self.role!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.name, self.role, self.extra_fields) == (
            other.content,
            other.name,
            other.role,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatDeveloperMessage", self.content, self.name, self.role, self.extra_fields))

    # --- end of attrs methods ---
