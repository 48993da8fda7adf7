# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningFormat) by `python -m codegen`; do not edit.
"""Known values of ``ReasoningFormat``."""

from __future__ import annotations

from typing import Final


class ReasoningFormat:
    """Known values of ``ReasoningFormat``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    UNKNOWN: Final = "unknown"
    OPENAI_RESPONSES_V1: Final = "openai-responses-v1"
    AZURE_OPENAI_RESPONSES_V1: Final = "azure-openai-responses-v1"
    BEDROCK_OPENAI_RESPONSES_V1: Final = "bedrock-openai-responses-v1"
    BEDROCK_XAI_RESPONSES_V1: Final = "bedrock-xai-responses-v1"
    XAI_RESPONSES_V1: Final = "xai-responses-v1"
    META_RESPONSES_V1: Final = "meta-responses-v1"
    ANTHROPIC_CLAUDE_V1: Final = "anthropic-claude-v1"
    GOOGLE_GEMINI_V1: Final = "google-gemini-v1"
