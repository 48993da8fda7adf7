# Generated from the OpenRouter OpenAPI spec (components/schemas/ListWorkspaceBudgetsResponse) by `python -m codegen`; do not edit.
"""The ``ListWorkspaceBudgetsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.workspace_budget import WorkspaceBudget


@attrs.frozen(kw_only=True)
class ListWorkspaceBudgetsResponse:
    """The ``ListWorkspaceBudgetsResponse`` object."""

    data: list[WorkspaceBudget]
    """List of budgets configured for the workspace."""
    include_byok_in_budgets: bool | None = None
    """Whether BYOK (bring-your-own-key) spend is included when enforcing the workspace's budgets.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
