# Generated from the OpenRouter OpenAPI spec (components/schemas/PromptCacheOptions) by `python -m codegen`; do not edit.
"""Request-level prompt-cache controls."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class PromptCacheOptions:
    """Request-level prompt-cache controls."""

    mode: str = "explicit"
    ttl: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
