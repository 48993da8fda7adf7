# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyUsage3) by `python -m codegen`; do not edit.
"""Token usage statistics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.body_prompt_tokens_details2 import BodyPromptTokensDetails2
    from openrouter_core.models.cost_details import CostDetails


@attrs.frozen(kw_only=True)
class BodyUsage3:
    """Token usage statistics."""

    prompt_tokens: int
    """Number of tokens in the input."""
    total_tokens: int
    """Total number of tokens used."""
    cost: float | None = None
    """Cost of the request in credits."""
    cost_details: CostDetails | Unset | None = UNSET
    """Breakdown of upstream inference costs."""
    is_byok: bool | None = None
    """Whether a request was made using a Bring Your Own Key configuration."""
    prompt_tokens_details: BodyPromptTokensDetails2 | None = None
    """Per-modality token breakdown."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        prompt_tokens: int,
        total_tokens: int,
        cost: float | None = None,
        cost_details: CostDetails | Unset | None = UNSET,
        is_byok: bool | None = None,
        prompt_tokens_details: BodyPromptTokensDetails2 | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("prompt_tokens", prompt_tokens)
        _setattr("total_tokens", total_tokens)
        _setattr("cost", cost)
        _setattr("cost_details", cost_details)
        _setattr("is_byok", is_byok)
        _setattr("prompt_tokens_details", prompt_tokens_details)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"prompt_tokens={self.prompt_tokens!r}, "
            f"total_tokens={self.total_tokens!r}, "
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"prompt_tokens_details={self.prompt_tokens_details!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.prompt_tokens,
            self.total_tokens,
            self.cost,
            self.cost_details,
            self.is_byok,
            self.prompt_tokens_details,
            self.extra_fields,
        ) == (
            other.prompt_tokens,
            other.total_tokens,
            other.cost,
            other.cost_details,
            other.is_byok,
            other.prompt_tokens_details,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BodyUsage3",
                self.prompt_tokens,
                self.total_tokens,
                self.cost,
                self.cost_details,
                self.is_byok,
                self.prompt_tokens_details,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
