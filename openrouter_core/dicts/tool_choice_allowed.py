# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.tool_choice_allowed` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ToolChoiceAllowedDict",
]


class ToolChoiceAllowedDict(TypedDict, total=False):
    """The dict form of :class:`ToolChoiceAllowed`."""

    mode: Required[Literal["auto"]]
    tools: Required[list[dict[str, Any]]]
    type: Required[Literal["allowed_tools"]]
