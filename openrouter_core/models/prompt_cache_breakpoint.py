# Generated from the OpenRouter OpenAPI spec (components/schemas/PromptCacheBreakpoint) by `python -m codegen`; do not edit.
"""Marks an explicit prompt-cache boundary on this content block (OpenAI-style)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PromptCacheBreakpoint:
    """Marks an explicit prompt-cache boundary on this content block (OpenAI-style)."""

    mode: str = "explicit"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
