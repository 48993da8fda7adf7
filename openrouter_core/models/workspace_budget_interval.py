# Generated from the OpenRouter OpenAPI spec (components/schemas/WorkspaceBudgetInterval) by `python -m codegen`; do not edit.
"""Budget reset interval."""

from __future__ import annotations

from typing import Final


class WorkspaceBudgetInterval:
    """Budget reset interval.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    DAILY: Final = "daily"
    WEEKLY: Final = "weekly"
    MONTHLY: Final = "monthly"
    LIFETIME: Final = "lifetime"
