# Generated from the OpenRouter OpenAPI spec (components/schemas/Prediction) by `python -m codegen`; do not edit.
"""Static predicted output content."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.prediction_content_text import PredictionContentText

PredictionContent: TypeAlias = str | list[PredictionContentText]
"""The ``content`` of a :class:`Prediction`."""


def _choose_prediction_content(data: Any) -> Any:
    """The member of :data:`PredictionContent` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[PredictionContentText]
    raise TypeError(f"PredictionContent: expected a string or an array, got {type(data).__name__}")


register_union(PredictionContent, _choose_prediction_content)


@attrs.frozen(kw_only=True)
class Prediction:
    """Static predicted output content."""

    content: PredictionContent
    type: str = "content"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
