# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartAudio) by `python -m codegen`; do not edit.
"""The ``ContentPartAudio`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContentPartAudioAudioUrl:
    """The ``audio_url`` of a :class:`ContentPartAudio`."""

    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, url: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(url={self.url!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.url, self.extra_fields) == (other.url, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ContentPartAudioAudioUrl", self.url, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ContentPartAudio:
    """The ``ContentPartAudio`` object."""

    audio_url: ContentPartAudioAudioUrl
    type: str = "audio_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio_url: ContentPartAudioAudioUrl,
        type: str = "audio_url",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio_url", audio_url)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(audio_url={self.audio_url!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.audio_url, self.type, self.extra_fields) == (
            other.audio_url,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ContentPartAudio", self.audio_url, self.type, self.extra_fields))

    # --- end of attrs methods ---
