"""The answer as text, and the answer as the next request's message.

A chat message's ``content`` is a string, a list of parts or absent, so reading the answer
takes a ``match`` in every program; :func:`message_text` is that ``match``, written once.
:func:`as_message_param` turns the assistant message a call returned into the request-side
dict, so a tool round trip appends it to ``messages`` as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from openrouter_core._dump import to_dict

if TYPE_CHECKING:
    from openrouter_core.dicts.chat_assistant_message import ChatAssistantMessageDict
    from openrouter_core.models.chat_assistant_message import ChatAssistantMessage
    from openrouter_core.models.chat_choice import ChatChoice
    from openrouter_core.models.chat_result import ChatResult
    from openrouter_core.models.open_responses_result import OpenResponsesResult

__all__ = ["as_message_param", "message_text"]


def message_text(
    value: ChatResult | ChatChoice | ChatAssistantMessage | OpenResponsesResult,
) -> str:
    """The text of an answer: ``""`` when it has none, never ``None`` or ``UNSET``.

    For a chat result, its first choice's message; for a choice, its message; for a message,
    its ``content`` (a list of parts gives its text parts joined, other parts skipped). For a
    Responses result, the ``output_text`` parts of every output message, joined.
    """
    # By shape, not class: reading one answer should not import every model it could be.
    found: Any = value
    if hasattr(found, "choices"):
        choices = found.choices
        return message_text(choices[0]) if choices else ""
    if hasattr(found, "message"):
        return content_text(found.message.content, "text")
    if hasattr(found, "output"):
        return "".join(
            content_text(_get(item, "content"), "output_text")
            for item in found.output or ()
            if _get(item, "type") == "message"
        )
    if hasattr(found, "content") and hasattr(found, "role"):
        return content_text(found.content, "text")
    raise TypeError(
        "message_text takes a ChatResult, a ChatChoice, a ChatAssistantMessage or an"
        f" OpenResponsesResult, not {type(value).__name__}"
    )


def as_message_param(message: ChatAssistantMessage) -> ChatAssistantMessageDict:
    """``message`` as the assistant message of a request's ``messages`` list.

    Everything the request-side message declares is kept as received (``content``,
    ``tool_calls``, ``reasoning_details``, ...), so a provider gets its own reasoning back;
    keys only a response carries are left out, and ``role`` is always ``"assistant"``.
    """
    from openrouter_core.dicts.chat_assistant_message import ChatAssistantMessageDict

    declared = (
        ChatAssistantMessageDict.__required_keys__ | ChatAssistantMessageDict.__optional_keys__
    )
    data = {key: value for key, value in to_dict(message).items() if key in declared}
    data["role"] = "assistant"
    return cast("ChatAssistantMessageDict", data)


def _get(obj: Any, name: str) -> Any:
    """A field of a model, or a key of an object this SDK does not know the shape of."""
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def content_text(content: Any, text_type: str = "text") -> str:
    """A content's text: the string itself, or its ``text_type`` parts joined (``""`` when
    absent); the tool-calling layer reads a reply's content with it too."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        return ""  # absent (UNSET) or null
    texts = (_get(part, "text") for part in content if _get(part, "type") == text_type)
    return "".join(text for text in texts if isinstance(text, str))
