# Generated from the OpenRouter OpenAPI spec (components/schemas/SubmitGenerationFeedbackResponse) by `python -m codegen`; do not edit.
"""Confirmation that the feedback was recorded."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SubmitGenerationFeedbackResponseData:
    """The ``data`` of a :class:`SubmitGenerationFeedbackResponse`."""

    success: bool = True
    """Whether the feedback was recorded."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class SubmitGenerationFeedbackResponse:
    """Confirmation that the feedback was recorded."""

    data: SubmitGenerationFeedbackResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
