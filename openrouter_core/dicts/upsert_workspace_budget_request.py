# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.upsert_workspace_budget_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "UpsertWorkspaceBudgetRequestDict",
]


class UpsertWorkspaceBudgetRequestDict(TypedDict, total=False):
    """The dict form of :class:`UpsertWorkspaceBudgetRequest`."""

    include_byok_in_budgets: bool | None
    limit_usd: Required[float]
