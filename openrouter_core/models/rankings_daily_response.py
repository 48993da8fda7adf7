# Generated from the OpenRouter OpenAPI spec (components/schemas/RankingsDailyResponse) by `python -m codegen`; do not edit.
"""The ``RankingsDailyResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.rankings_daily_item import RankingsDailyItem
    from openrouter_core.models.rankings_daily_meta import RankingsDailyMeta


@attrs.frozen(kw_only=True)
class RankingsDailyResponse:
    """The ``RankingsDailyResponse`` object."""

    data: list[RankingsDailyItem]
    """Up to 51 rows per day — the top 50 public models by `total_tokens` for each UTC calendar date
    in the window, plus one aggregated `other` row summing every model outside that top 50
    (omitted when the long tail is empty).
    """
    meta: RankingsDailyMeta
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
