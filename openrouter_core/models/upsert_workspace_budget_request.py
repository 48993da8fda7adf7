# Generated from the OpenRouter OpenAPI spec (components/schemas/UpsertWorkspaceBudgetRequest) by `python -m codegen`; do not edit.
"""The ``UpsertWorkspaceBudgetRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UpsertWorkspaceBudgetRequest:
    """The ``UpsertWorkspaceBudgetRequest`` object."""

    include_byok_in_budgets: bool | None = None
    """Whether to include BYOK (bring-your-own-key) spend when enforcing the workspace's budgets."""
    limit_usd: float
    """Spending limit in USD."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
