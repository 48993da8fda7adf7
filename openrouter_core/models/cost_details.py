# Generated from the OpenRouter OpenAPI spec (components/schemas/CostDetails) by `python -m codegen`; do not edit.
"""Breakdown of upstream inference costs."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class CostDetails:
    """Breakdown of upstream inference costs."""

    upstream_inference_completions_cost: float
    upstream_inference_cost: float | Unset | None = UNSET
    upstream_inference_prompt_cost: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        upstream_inference_completions_cost: float,
        upstream_inference_cost: float | Unset | None = UNSET,
        upstream_inference_prompt_cost: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("upstream_inference_completions_cost", upstream_inference_completions_cost)
        _setattr("upstream_inference_cost", upstream_inference_cost)
        _setattr("upstream_inference_prompt_cost", upstream_inference_prompt_cost)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"upstream_inference_completions_cost={self.upstream_inference_completions_cost!r}, "
            f"upstream_inference_cost={self.upstream_inference_cost!r}, "
            f"upstream_inference_prompt_cost={self.upstream_inference_prompt_cost!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.upstream_inference_completions_cost,
            self.upstream_inference_cost,
            self.upstream_inference_prompt_cost,
            self.extra_fields,
        ) == (
            other.upstream_inference_completions_cost,
            other.upstream_inference_cost,
            other.upstream_inference_prompt_cost,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CostDetails",
                self.upstream_inference_completions_cost,
                self.upstream_inference_cost,
                self.upstream_inference_prompt_cost,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
