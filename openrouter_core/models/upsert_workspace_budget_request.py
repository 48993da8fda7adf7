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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        include_byok_in_budgets: bool | None = None,
        limit_usd: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("include_byok_in_budgets", include_byok_in_budgets)
        _setattr("limit_usd", limit_usd)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"include_byok_in_budgets={self.include_byok_in_budgets!r}, "
            f"limit_usd={self.limit_usd!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.include_byok_in_budgets, self.limit_usd, self.extra_fields) == (
            other.include_byok_in_budgets,
            other.limit_usd,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UpsertWorkspaceBudgetRequest",
                self.include_byok_in_budgets,
                self.limit_usd,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
