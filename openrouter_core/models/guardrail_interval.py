# Generated from the OpenRouter OpenAPI spec (components/schemas/GuardrailInterval) by `python -m codegen`; do not edit.
"""Interval at which the limit resets (daily, weekly, monthly)."""

from __future__ import annotations

from typing import Final


class GuardrailInterval:
    """Interval at which the limit resets (daily, weekly, monthly).

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    DAILY: Final = "daily"
    WEEKLY: Final = "weekly"
    MONTHLY: Final = "monthly"
