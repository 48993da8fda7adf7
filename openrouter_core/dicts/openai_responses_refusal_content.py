# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.openai_responses_refusal_content` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OpenAIResponsesRefusalContentDict",
]


class OpenAIResponsesRefusalContentDict(TypedDict, total=False):
    """The dict form of :class:`OpenAIResponsesRefusalContent`."""

    refusal: Required[str]
    type: Required[Literal["refusal"]]
