# Generated from the OpenRouter OpenAPI spec (components/schemas/DeleteWorkspaceBudgetResponse) by `python -m codegen`; do not edit.
"""The ``DeleteWorkspaceBudgetResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DeleteWorkspaceBudgetResponse:
    """The ``DeleteWorkspaceBudgetResponse`` object."""

    deleted: bool = True
    """Confirmation that the budget was deleted (or did not exist)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
