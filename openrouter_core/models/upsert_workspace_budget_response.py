# Generated from the OpenRouter OpenAPI spec (components/schemas/UpsertWorkspaceBudgetResponse) by `python -m codegen`; do not edit.
"""The ``UpsertWorkspaceBudgetResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.workspace_budget import WorkspaceBudget


@attrs.frozen(kw_only=True)
class UpsertWorkspaceBudgetResponse:
    """The ``UpsertWorkspaceBudgetResponse`` object."""

    data: WorkspaceBudget
    """The created or updated budget."""
    include_byok_in_budgets: bool | None = None
    """Whether BYOK (bring-your-own-key) spend is included when enforcing the workspace's budgets.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: WorkspaceBudget,
        include_byok_in_budgets: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("include_byok_in_budgets", include_byok_in_budgets)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data={self.data!r}, "
            f"include_byok_in_budgets={self.include_byok_in_budgets!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.include_byok_in_budgets, self.extra_fields) == (
            other.data,
            other.include_byok_in_budgets,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UpsertWorkspaceBudgetResponse",
                self.data,
                self.include_byok_in_budgets,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
