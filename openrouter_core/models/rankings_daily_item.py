# Generated from the OpenRouter OpenAPI spec (components/schemas/RankingsDailyItem) by `python -m codegen`; do not edit.
"""The ``RankingsDailyItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RankingsDailyItem:
    """The ``RankingsDailyItem`` object."""

    date: str
    """UTC calendar date the row is aggregated over (YYYY-MM-DD)."""
    model_permaslug: str
    """Model variant permaslug (e.g. `openai/gpt-4o-2024-05-13`, `openai/gpt-4o-2024-05-13:free`).
    """
    total_tokens: str
    """Sum of `prompt_tokens + completion_tokens` for the day, returned as a decimal string so
    64-bit values are not truncated.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
