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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "input_video",
        video_url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("video_url", video_url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r}, video_url={self.video_url!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.video_url, self.extra_fields) == (
            other.type,
            other.video_url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("InputVideo", self.type, self.video_url, self.extra_fields))

    # --- end of attrs methods ---
