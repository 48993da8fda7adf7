# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchProviderPreferences) by `python -m codegen`; do not edit.
"""Batch provider routing preferences."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class BatchProviderPreferences:
    """Batch provider routing preferences."""

    allow_fallbacks: bool | Unset | None = UNSET
    """Whether to allow backup providers to serve requests - true: (default) when the primary
    provider (or your custom providers in \\"order\\") is unavailable, use the next best
    provider.
    """
    only: list[str] | Unset | None = UNSET
    """List of provider slugs to allow."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
