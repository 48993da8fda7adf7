# Generated from the OpenRouter OpenAPI spec (components/schemas/SessionCostMeta) by `python -m codegen`; do not edit.
"""The ``SessionCostMeta`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SessionCostMeta:
    """The ``SessionCostMeta`` object."""

    as_of: str
    """ISO-8601 timestamp when the response was generated."""
    version: str = "v1"
    """Dataset version."""
    window_days: int | None
    """Number of days in the weekly session sample window, or null when no snapshot is published."""
    window_end_date: str | None
    """UTC date of the final day in the session sample window, or null when no snapshot is
    published.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
