# Generated from the OpenRouter OpenAPI spec (components/schemas/PromptInjectionScanScope) by `python -m codegen`; do not edit.
"""Which message roles to scan for prompt injection."""

from __future__ import annotations

from typing import Final


class PromptInjectionScanScope:
    """Which message roles to scan for prompt injection.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    USER_ONLY: Final = "user_only"
    ALL_MESSAGES: Final = "all_messages"
