# Generated from the OpenRouter OpenAPI spec (components/schemas/InputVideo) by `python -m codegen`; do not edit.
"""Video input content item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class InputVideo:
    """Video input content item."""

    type: str = "input_video"
    video_url: str
    """A base64 data URL or remote URL that resolves to a video file."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
