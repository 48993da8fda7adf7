# Generated from the OpenRouter OpenAPI spec (components/schemas/SpeechInputReferenceText) by `python -m codegen`; do not edit.
"""Transcript of the accompanying reference audio."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SpeechInputReferenceText:
    """Transcript of the accompanying reference audio."""

    text: str
    """Transcript of the accompanying reference audio."""
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
