# Generated from the OpenRouter OpenAPI spec (components/schemas/GenerationContentResponse) by `python -m codegen`; do not edit.
"""Stored prompt and completion content for a generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.generation_content_data import GenerationContentData


@attrs.frozen(kw_only=True)
class GenerationContentResponse:
    """Stored prompt and completion content for a generation."""

    data: GenerationContentData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
