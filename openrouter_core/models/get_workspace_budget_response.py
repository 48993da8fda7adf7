# Generated from the OpenRouter OpenAPI spec (components/schemas/GetWorkspaceBudgetResponse) by `python -m codegen`; do not edit.
"""The ``GetWorkspaceBudgetResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.workspace_budget import WorkspaceBudget


@attrs.frozen(kw_only=True)
class GetWorkspaceBudgetResponse:
    """The ``GetWorkspaceBudgetResponse`` object."""

    data: WorkspaceBudget
    """The budget for the requested interval."""
    include_byok_in_budgets: bool | None = None
    """Whether BYOK (bring-your-own-key) spend is included when enforcing the workspace's budgets.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
