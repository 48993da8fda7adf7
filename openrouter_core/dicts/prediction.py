# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.prediction` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.prediction_content_text import PredictionContentTextDict

__all__ = [
    "PredictionContentDict",
    "PredictionDict",
]


class PredictionDict(TypedDict, total=False):
    """The dict form of :class:`Prediction`."""

    content: Required[PredictionContentDict]
    type: Required[Literal["content"]]


PredictionContentDict: TypeAlias = "str | list[PredictionContentTextDict]"
