# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatContentVideo) by `python -m codegen`; do not edit.
"""Video input content part."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.chat_content_video_input import ChatContentVideoInput


@attrs.frozen(kw_only=True)
class ChatContentVideo:
    """Video input content part."""

    type: str = "video_url"
    video_url: ChatContentVideoInput
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
