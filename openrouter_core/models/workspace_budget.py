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
