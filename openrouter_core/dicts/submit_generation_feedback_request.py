# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.submit_generation_feedback_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "SubmitGenerationFeedbackRequestDict",
]


class SubmitGenerationFeedbackRequestDict(TypedDict, total=False):
    """The dict form of :class:`SubmitGenerationFeedbackRequest`."""

    category: Required[
        Literal[
            "latency",
            "incoherence",
            "incorrect_response",
            "formatting",
            "billing",
            "api_error",
            "other",
        ]
        | str
    ]
    comment: str | None
    generation_id: Required[str]
