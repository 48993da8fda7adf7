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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[RankingsDailyItem],
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
        return hash(("RankingsDailyResponse", self.data, self.meta, self.extra_fields))

    # --- end of attrs methods ---
