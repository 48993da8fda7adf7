# Generated from the OpenRouter OpenAPI spec (components/schemas/FrameImage) by `python -m codegen`; do not edit.
"""The ``FrameImage`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.content_part_image import ContentPartImageImageUrl


@attrs.frozen(kw_only=True)
class FrameImage:
    """The ``FrameImage`` object."""

    image_url: ContentPartImageImageUrl
    type: str = "image_url"
    frame_type: str
    """Whether this image represents the first or last frame of the video. Known values:
    ``"first_frame"``, ``"last_frame"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
