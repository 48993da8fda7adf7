# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFormatGrammarConfig) by `python -m codegen`; do not edit.
"""Custom grammar response format."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatFormatGrammarConfig:
    """Custom grammar response format."""

    grammar: str
    """Custom grammar for text generation."""
    type: str = "grammar"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
