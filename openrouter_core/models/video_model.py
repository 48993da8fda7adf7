# Generated from the OpenRouter OpenAPI spec (components/schemas/VideoModel) by `python -m codegen`; do not edit.
"""The ``VideoModel`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class VideoModelUpscaleFactor:
    """Supported upscale factor range for video upscaling models."""

    max: float | Unset | None = UNSET
    min: float | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class VideoModel:
    """The ``VideoModel`` object."""

    allowed_passthrough_parameters: list[str]
    """List of parameters that are allowed to be passed through to the provider."""
    canonical_slug: str
    """Canonical slug for the model."""
    created: int
    """Unix timestamp of when the model was created."""
    creativity: list[int] | None
    """Supported creativity levels for video upscaling models."""
    description: str | None = None
    """Description of the model."""
    generate_audio: bool | None
    """Whether the model supports generating audio alongside video."""
    hugging_face_id: str | Unset | None = UNSET
    """Hugging Face model identifier, if applicable."""
    id: str
    """Unique identifier for the model."""
    name: str
    """Display name of the model."""
    pricing_skus: dict[str, str] | Unset | None = UNSET
    """Pricing SKUs with provider prefix stripped, values as strings."""
    seed: bool | None
    """Whether the model supports deterministic generation via seed parameter."""
    supported_aspect_ratios: list[str] | None
    """Supported output aspect ratios."""
    supported_durations: list[int] | None
    """Supported video durations in seconds."""
    supported_frame_images: list[str] | None
    """Supported frame image types (e.g. first_frame, last_frame)."""
    supported_resolutions: list[str] | None
    """Supported output resolutions."""
    supported_sizes: list[str] | None
    """Supported output sizes (width x height)."""
    upscale_factor: VideoModelUpscaleFactor | None
    """Supported upscale factor range for video upscaling models."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
