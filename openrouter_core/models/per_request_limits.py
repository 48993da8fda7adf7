# Generated from the OpenRouter OpenAPI spec (components/schemas/PerRequestLimits) by `python -m codegen`; do not edit.
"""Per-request token limits."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PerRequestLimits:
    """Per-request token limits."""

    completion_tokens: float
    """Maximum completion tokens per request."""
    prompt_tokens: float
    """Maximum prompt tokens per request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
