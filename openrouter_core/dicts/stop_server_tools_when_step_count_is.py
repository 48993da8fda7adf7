# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.stop_server_tools_when_step_count_is` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "StopServerToolsWhenStepCountIsDict",
]


class StopServerToolsWhenStepCountIsDict(TypedDict, total=False):
    """The dict form of :class:`StopServerToolsWhenStepCountIs`."""

    step_count: Required[int]
    type: Required[Literal["step_count_is"]]
