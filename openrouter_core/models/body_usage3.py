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
