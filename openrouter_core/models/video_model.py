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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        max: float | Unset | None = UNSET,
        min: float | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("max", max)
        _setattr("min", min)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(max={self.max!r}, min={self.min!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.max, self.min, self.extra_fields) == (other.max, other.min, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("VideoModelUpscaleFactor", self.max, self.min, self.extra_fields))

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_passthrough_parameters: list[str],
        canonical_slug: str,
        created: int,
        creativity: list[int] | None,
        description: str | None = None,
        generate_audio: bool | None,
        hugging_face_id: str | Unset | None = UNSET,
        id: str,
        name: str,
        pricing_skus: dict[str, str] | Unset | None = UNSET,
        seed: bool | None,
        supported_aspect_ratios: list[str] | None,
        supported_durations: list[int] | None,
        supported_frame_images: list[str] | None,
        supported_resolutions: list[str] | None,
        supported_sizes: list[str] | None,
        upscale_factor: VideoModelUpscaleFactor | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_passthrough_parameters", allowed_passthrough_parameters)
        _setattr("canonical_slug", canonical_slug)
        _setattr("created", created)
        _setattr("creativity", creativity)
        _setattr("description", description)
        _setattr("generate_audio", generate_audio)
        _setattr("hugging_face_id", hugging_face_id)
        _setattr("id", id)
        _setattr("name", name)
        _setattr("pricing_skus", pricing_skus)
        _setattr("seed", seed)
        _setattr("supported_aspect_ratios", supported_aspect_ratios)
        _setattr("supported_durations", supported_durations)
        _setattr("supported_frame_images", supported_frame_images)
        _setattr("supported_resolutions", supported_resolutions)
        _setattr("supported_sizes", supported_sizes)
        _setattr("upscale_factor", upscale_factor)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_passthrough_parameters={self.allowed_passthrough_parameters!r}, "
            f"canonical_slug={self.canonical_slug!r}, "
            f"created={self.created!r}, "
            f"creativity={self.creativity!r}, "
            f"description={self.description!r}, "
            f"generate_audio={self.generate_audio!r}, "
            f"hugging_face_id={self.hugging_face_id!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"pricing_skus={self.pricing_skus!r}, "
            f"seed={self.seed!r}, "
            f"supported_aspect_ratios={self.supported_aspect_ratios!r}, "
            f"supported_durations={self.supported_durations!r}, "
            f"supported_frame_images={self.supported_frame_images!r}, "
            f"supported_resolutions={self.supported_resolutions!r}, "
            f"supported_sizes={self.supported_sizes!r}, "
            f"upscale_factor={self.upscale_factor!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_passthrough_parameters,
            self.canonical_slug,
            self.created,
            self.creativity,
            self.description,
            self.generate_audio,
            self.hugging_face_id,
            self.id,
            self.name,
            self.pricing_skus,
            self.seed,
            self.supported_aspect_ratios,
            self.supported_durations,
            self.supported_frame_images,
            self.supported_resolutions,
            self.supported_sizes,
            self.upscale_factor,
            self.extra_fields,
        ) == (
            other.allowed_passthrough_parameters,
            other.canonical_slug,
            other.created,
            other.creativity,
            other.description,
            other.generate_audio,
            other.hugging_face_id,
            other.id,
            other.name,
            other.pricing_skus,
            other.seed,
            other.supported_aspect_ratios,
            other.supported_durations,
            other.supported_frame_images,
            other.supported_resolutions,
            other.supported_sizes,
            other.upscale_factor,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "VideoModel",
                self.allowed_passthrough_parameters,
                self.canonical_slug,
                self.created,
                self.creativity,
                self.description,
                self.generate_audio,
                self.hugging_face_id,
                self.id,
                self.name,
                self.pricing_skus,
                self.seed,
                self.supported_aspect_ratios,
                self.supported_durations,
                self.supported_frame_images,
                self.supported_resolutions,
                self.supported_sizes,
                self.upscale_factor,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
