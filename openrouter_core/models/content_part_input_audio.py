# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartInputAudio) by `python -m codegen`; do not edit.
"""The ``ContentPartInputAudio`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.multimodal_media import MultimodalMedia


@attrs.frozen(kw_only=True)
class ContentPartInputAudio:
    """The ``ContentPartInputAudio`` object."""

    input_audio: MultimodalMedia
    type: str = "input_audio"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
