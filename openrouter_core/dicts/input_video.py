# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.input_video` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "InputVideoDict",
]


class InputVideoDict(TypedDict, total=False):
    """The dict form of :class:`InputVideo`."""

    type: Required[Literal["input_video"]]
    video_url: Required[str]
