# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatContentImage) by `python -m codegen`; do not edit.
"""Image content part for vision models."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatContentImageImageUrl:
    """The ``image_url`` of a :class:`ChatContentImage`."""

    detail: str | None = None
    """Image detail level for vision models. Known values: ``"auto"``, ``"low"``, ``"high"``,
    ``"original"``.
    """
    url: str
    """URL of the image (data: URLs supported)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        detail: str | None = None,
        url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("detail", detail)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(detail={self.detail!r}, url={self.url!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.detail, self.url, self.extra_fields) == (
            other.detail,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatContentImageImageUrl", self.detail, self.url, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ChatContentImage:
    """Image content part for vision models."""

    image_url: ChatContentImageImageUrl
    type: str = "image_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        image_url: ChatContentImageImageUrl,
        type: str = "image_url",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("image_url", image_url)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(image_url={self.image_url!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.image_url, self.type, self.extra_fields) == (
            other.image_url,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatContentImage", self.image_url, self.type, self.extra_fields))

    # --- end of attrs methods ---
