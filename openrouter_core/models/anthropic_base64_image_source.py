# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBase64ImageSource) by `python -m codegen`; do not edit.
"""The ``AnthropicBase64ImageSource`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicBase64ImageSource:
    """The ``AnthropicBase64ImageSource`` object."""

    data: str
    media_type: str
    """Known values: :class:`AnthropicImageMimeType`."""
    type: str = "base64"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: str,
        media_type: str,
        type: str = "base64",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("media_type", media_type)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data={self.data!r}, "
            f"media_type={self.media_type!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.media_type, self.type, self.extra_fields) == (
            other.data,
            other.media_type,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnthropicBase64ImageSource", self.data, self.media_type, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
