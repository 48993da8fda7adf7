# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:apply_patch server tool."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ApplyPatchServerToolConfig:
    """Configuration for the openrouter:apply_patch server tool."""

    engine: str | None = None
    """Which apply_patch engine to use. Known values: :class:`ApplyPatchEngineEnum`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
