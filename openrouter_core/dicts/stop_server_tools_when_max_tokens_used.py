# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.stop_server_tools_when_max_tokens_used` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "StopServerToolsWhenMaxTokensUsedDict",
]


class StopServerToolsWhenMaxTokensUsedDict(TypedDict, total=False):
    """The dict form of :class:`StopServerToolsWhenMaxTokensUsed`."""

    max_tokens: Required[int]
    type: Required[Literal["max_tokens_used"]]
