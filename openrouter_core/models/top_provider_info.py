# Generated from the OpenRouter OpenAPI spec (components/schemas/TopProviderInfo) by `python -m codegen`; do not edit.
"""Information about the top provider for this model."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class TopProviderInfo:
    """Information about the top provider for this model."""

    context_length: int | Unset | None = UNSET
    """Context length from the top provider."""
    is_moderated: bool
    """Whether the top provider moderates content."""
    max_completion_tokens: int | Unset | None = UNSET
    """Maximum completion tokens from the top provider."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
