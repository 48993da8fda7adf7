# Generated from the OpenRouter OpenAPI spec (components/schemas/VideoGenerationUsage) by `python -m codegen`; do not edit.
"""Usage and cost information for the video generation."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class VideoGenerationUsage:
    """Usage and cost information for the video generation."""

    cost: float | Unset | None = UNSET
    """The cost of the video generation in USD."""
    is_byok: bool | None = None
    """Whether the request was made using a Bring Your Own Key configuration."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
