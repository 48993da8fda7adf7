# Generated from the OpenRouter OpenAPI spec (components/schemas/InputImage) by `python -m codegen`; do not edit.
"""Image input content item."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class InputImage:
    """Image input content item."""

    detail: str
    """Known values: ``"auto"``, ``"high"``, ``"low"``, ``"original"``."""
    image_url: str | Unset | None = UNSET
    type: str = "input_image"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        detail: str,
        image_url: str | Unset | None = UNSET,
        type: str = "input_image",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("detail", detail)
        _setattr("image_url", image_url)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"detail={self.detail!r}, "
            f"image_url={self.image_url!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.detail, self.image_url, self.type, self.extra_fields) == (
            other.detail,
            other.image_url,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("InputImage", self.detail, self.image_url, self.type, self.extra_fields))

    # --- end of attrs methods ---
