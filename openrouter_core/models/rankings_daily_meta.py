# Generated from the OpenRouter OpenAPI spec (components/schemas/RankingsDailyMeta) by `python -m codegen`; do not edit.
"""The ``RankingsDailyMeta`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RankingsDailyMeta:
    """The ``RankingsDailyMeta`` object."""

    as_of: str
    """ISO-8601 timestamp of when the response was generated."""
    end_date: str
    """Resolved end of the date window (UTC, inclusive)."""
    start_date: str
    """Resolved start of the date window (UTC, inclusive)."""
    version: str = "v1"
    """Dataset version."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
