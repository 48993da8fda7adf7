# Generated from the OpenRouter OpenAPI spec (components/schemas/SubmitGenerationFeedbackRequest) by `python -m codegen`; do not edit.
"""Structured feedback about a specific generation."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SubmitGenerationFeedbackRequest:
    """Structured feedback about a specific generation."""

    category: str
    """The category of feedback being reported. Known values: ``"latency"``, ``"incoherence"``,
    ``"incorrect_response"``, ``"formatting"``, ``"billing"``, ``"api_error"``, ``"other"``.
    """
    comment: str | None = None
    """An optional free-text comment describing the feedback."""
    generation_id: str
    """The generation to submit feedback on."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
