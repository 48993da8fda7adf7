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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        image_url: ContentPartImageImageUrl,
        type: str = "image_url",
        frame_type: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("image_url", image_url)
        _setattr("type", type)
        _setattr("frame_type", frame_type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"image_url={self.image_url!r}, "
            f"type={self.type!r}, "
            f"frame_type={self.frame_type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.image_url, self.type, self.frame_type, self.extra_fields) == (
            other.image_url,
            other.type,
            other.frame_type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("FrameImage", self.image_url, self.type, self.frame_type, self.extra_fields))

    # --- end of attrs methods ---
