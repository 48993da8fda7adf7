# Generated from the OpenRouter OpenAPI spec (components/schemas/AppRankingsResponse) by `python -m codegen`; do not edit.
"""The ``AppRankingsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.app_rankings_item import AppRankingsItem
    from openrouter_core.models.rankings_daily_meta import RankingsDailyMeta


@attrs.frozen(kw_only=True)
class AppRankingsResponse:
    """The ``AppRankingsResponse`` object."""

    data: list[AppRankingsItem]
    """Apps ranked per the requested `sort`, re-numbered 1..N after category filtering."""
    meta: RankingsDailyMeta
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
