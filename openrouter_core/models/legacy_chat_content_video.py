# Generated from the OpenRouter OpenAPI spec (components/schemas/Legacy_ChatContentVideo) by `python -m codegen`; do not edit.
"""Video input content part (legacy format - deprecated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.legacy_chat_content_video_input import LegacyChatContentVideoInput


@attrs.frozen(kw_only=True)
class LegacyChatContentVideo:
    """Video input content part (legacy format - deprecated)."""

    type: str = "input_video"
    video_url: LegacyChatContentVideoInput
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
