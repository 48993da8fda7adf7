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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        app_name: str,
        app_slug: str,
        median_session_cost_usd: float,
        model_permaslug: str,
        turn_range: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("app_name", app_name)
        _setattr("app_slug", app_slug)
        _setattr("median_session_cost_usd", median_session_cost_usd)
        _setattr("model_permaslug", model_permaslug)
        _setattr("turn_range", turn_range)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"app_name={self.app_name!r}, "
            f"app_slug={self.app_slug!r}, "
            f"median_session_cost_usd={self.median_session_cost_usd!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"turn_range={self.turn_range!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.app_name,
            self.app_slug,
            self.median_session_cost_usd,
            self.model_permaslug,
            self.turn_range,
            self.extra_fields,
        ) == (
            other.app_name,
            other.app_slug,
            other.median_session_cost_usd,
            other.model_permaslug,
            other.turn_range,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "SessionCostItem",
                self.app_name,
                self.app_slug,
                self.median_session_cost_usd,
                self.model_permaslug,
                self.turn_range,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
