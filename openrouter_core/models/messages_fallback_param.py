# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesFallbackParam) by `python -m codegen`; do not edit.
"""Fallback model to try when the primary model fails or refuses."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class MessagesFallbackParam:
    """Fallback model to try when the primary model fails or refuses."""

    model: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
