# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartInputVideo) by `python -m codegen`; do not edit.
"""The ``ContentPartInputVideo`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.multimodal_media import MultimodalMedia


@attrs.frozen(kw_only=True)
class ContentPartInputVideo:
    """The ``ContentPartInputVideo`` object."""

    input_video: MultimodalMedia
    type: str = "input_video"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
