# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.openai_responses_tool_choice` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.tool_choice_allowed import ToolChoiceAllowedDict

__all__ = [
    "OpenAIResponsesToolChoiceApplyPatchDict",
    "OpenAIResponsesToolChoiceDict",
    "OpenAIResponsesToolChoiceFunctionDict",
    "OpenAIResponsesToolChoiceShellDict",
    "OpenAIResponsesToolChoiceVariant5Dict",
]

OpenAIResponsesToolChoiceDict: TypeAlias = "str | OpenAIResponsesToolChoiceFunctionDict | OpenAIResponsesToolChoiceVariant5Dict | ToolChoiceAllowedDict | OpenAIResponsesToolChoiceApplyPatchDict | OpenAIResponsesToolChoiceShellDict"


class OpenAIResponsesToolChoiceApplyPatchDict(TypedDict, total=False):
    """The dict form of :class:`OpenAIResponsesToolChoiceApplyPatch`."""

    type: Required[Literal["apply_patch"]]


class OpenAIResponsesToolChoiceFunctionDict(TypedDict, total=False):
    """The dict form of :class:`OpenAIResponsesToolChoiceFunction`."""

    name: Required[str]
    type: Required[Literal["function"]]


class OpenAIResponsesToolChoiceShellDict(TypedDict, total=False):
    """The dict form of :class:`OpenAIResponsesToolChoiceShell`."""

    type: Required[Literal["shell"]]


class OpenAIResponsesToolChoiceVariant5Dict(TypedDict, total=False):
    """The dict form of :class:`OpenAIResponsesToolChoiceVariant5`."""

    type: Required[Literal["web_search_preview_2025_03_11"]]
