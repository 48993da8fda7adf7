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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        date: str,
        model_permaslug: str,
        total_tokens: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("date", date)
        _setattr("model_permaslug", model_permaslug)
        _setattr("total_tokens", total_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"date={self.date!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"total_tokens={self.total_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.date, self.model_permaslug, self.total_tokens, self.extra_fields) == (
            other.date,
            other.model_permaslug,
            other.total_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "RankingsDailyItem",
                self.date,
                self.model_permaslug,
                self.total_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
