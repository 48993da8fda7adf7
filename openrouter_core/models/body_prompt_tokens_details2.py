# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyPromptTokensDetails2) by `python -m codegen`; do not edit.
"""Per-modality token breakdown."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BodyPromptTokensDetails2:
    """Per-modality token breakdown."""

    audio_tokens: int | None = None
    """Number of audio tokens in the input."""
    file_tokens: int | None = None
    """Number of file/document tokens in the input."""
    image_tokens: int | None = None
    """Number of image tokens in the input."""
    text_tokens: int | None = None
    """Number of text tokens in the input."""
    video_tokens: int | None = None
    """Number of video tokens in the input."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio_tokens: int | None = None,
        file_tokens: int | None = None,
        image_tokens: int | None = None,
        text_tokens: int | None = None,
        video_tokens: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio_tokens", audio_tokens)
        _setattr("file_tokens", file_tokens)
        _setattr("image_tokens", image_tokens)
        _setattr("text_tokens", text_tokens)
        _setattr("video_tokens", video_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"audio_tokens={self.audio_tokens!r}, "
            f"file_tokens={self.file_tokens!r}, "
            f"image_tokens={self.image_tokens!r}, "
            f"text_tokens={self.text_tokens!r}, "
            f"video_tokens={self.video_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.audio_tokens,
            self.file_tokens,
            self.image_tokens,
            self.text_tokens,
            self.video_tokens,
            self.extra_fields,
        ) == (
            other.audio_tokens,
            other.file_tokens,
            other.image_tokens,
            other.text_tokens,
            other.video_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BodyPromptTokensDetails2",
                self.audio_tokens,
                self.file_tokens,
                self.image_tokens,
                self.text_tokens,
                self.video_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
