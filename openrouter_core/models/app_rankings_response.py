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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[AppRankingsItem],
        meta: RankingsDailyMeta,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("meta", meta)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r}, meta={self.meta!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.meta, self.extra_fields) == (
            other.data,
            other.meta,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("AppRankingsResponse", self.data, self.meta, self.extra_fields))

    # --- end of attrs methods ---
