# Generated from the OpenRouter OpenAPI spec (components/schemas/WorkspaceBudget) by `python -m codegen`; do not edit.
"""The ``WorkspaceBudget`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WorkspaceBudget:
    """The ``WorkspaceBudget`` object."""

    created_at: str
    """ISO 8601 timestamp of when the budget was created."""
    id: str
    """Unique identifier for the budget."""
    limit_usd: float
    """Spending limit in USD for this interval."""
    reset_interval: str | None
    """Interval at which spend resets. Known values: ``"daily"``, ``"weekly"``, ``"monthly"``."""
    updated_at: str
    """ISO 8601 timestamp of when the budget was last updated."""
    workspace_id: str
    """ID of the workspace the budget belongs to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: str,
        id: str,
        limit_usd: float,
        reset_interval: str | None,
        updated_at: str,
        workspace_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("id", id)
        _setattr("limit_usd", limit_usd)
        _setattr("reset_interval", reset_interval)
        _setattr("updated_at", updated_at)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"id={self.id!r}, "
            f"limit_usd={self.limit_usd!r}, "
            f"reset_interval={self.reset_interval!r}, "
            f"updated_at={self.updated_at!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.created_at,
            self.id,
            self.limit_usd,
            self.reset_interval,
            self.updated_at,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.created_at,
            other.id,
            other.limit_usd,
            other.reset_interval,
            other.updated_at,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WorkspaceBudget",
                self.created_at,
                self.id,
                self.limit_usd,
                self.reset_interval,
                self.updated_at,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
