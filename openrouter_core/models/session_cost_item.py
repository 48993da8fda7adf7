# Generated from the OpenRouter OpenAPI spec (components/schemas/SessionCostItem) by `python -m codegen`; do not edit.
"""The ``SessionCostItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SessionCostItem:
    """The ``SessionCostItem`` object."""

    app_name: str
    """Published harness display label."""
    app_slug: str
    """Stable public slug of the harness."""
    median_session_cost_usd: float
    """Median USD spend per sampled session."""
    model_permaslug: str
    """Exact model permaslug."""
    turn_range: str
    """Inclusive session turn-count range. Known values: ``"1-turn"``, ``"2-9-turns"``,
    ``"10-49-turns"``, ``"50-plus-turns"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
