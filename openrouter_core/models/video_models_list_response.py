# Generated from the OpenRouter OpenAPI spec (components/schemas/VideoModelsListResponse) by `python -m codegen`; do not edit.
"""The ``VideoModelsListResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.video_model import VideoModel


@attrs.frozen(kw_only=True)
class VideoModelsListResponse:
    """The ``VideoModelsListResponse`` object."""

    data: list[VideoModel]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
