# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartVideo) by `python -m codegen`; do not edit.
"""The ``ContentPartVideo`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContentPartVideoVideoUrl:
    """The ``video_url`` of a :class:`ContentPartVideo`."""

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
        return hash(("ContentPartVideoVideoUrl", self.url, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ContentPartVideo:
    """The ``ContentPartVideo`` object."""

    type: str = "video_url"
    video_url: ContentPartVideoVideoUrl
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "video_url",
        video_url: ContentPartVideoVideoUrl,
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
        return hash(("ContentPartVideo", self.type, self.video_url, self.extra_fields))

    # --- end of attrs methods ---
