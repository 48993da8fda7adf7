# Generated from the OpenRouter OpenAPI spec (components/schemas/VideoGenerationResponse) by `python -m codegen`; do not edit.
"""The ``VideoGenerationResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.video_generation_usage import VideoGenerationUsage


@attrs.frozen(kw_only=True)
class VideoGenerationResponse:
    """The ``VideoGenerationResponse`` object."""

    error: str | None = None
    generation_id: str | None = None
    """The generation ID associated with this video generation job."""
    id: str
    polling_url: str
    status: str
    """Known values: ``"pending"``, ``"in_progress"``, ``"completed"``, ``"failed"``,
    ``"cancelled"``, ``"expired"``.
    """
    unsigned_urls: list[str] | None = None
    usage: VideoGenerationUsage | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
