# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentImageURL) by `python -m codegen`; do not edit.
"""The ``ContentImageURL`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.content_image_url_image_url import ContentImageURLImageURL


@attrs.frozen(kw_only=True)
class ContentImageURL:
    """The ``ContentImageURL`` object."""

    image_url: ContentImageURLImageURL
    type: str = "image_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        image_url: ContentImageURLImageURL,
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
        return hash(("ContentImageURL", self.image_url, self.type, self.extra_fields))

    # --- end of attrs methods ---
