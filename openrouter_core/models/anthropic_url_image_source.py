# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicUrlImageSource) by `python -m codegen`; do not edit.
"""The ``AnthropicUrlImageSource`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicUrlImageSource:
    """The ``AnthropicUrlImageSource`` object."""

    type: str = "url"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "url",
        url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r}, url={self.url!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.url, self.extra_fields) == (
            other.type,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("AnthropicUrlImageSource", self.type, self.url, self.extra_fields))

    # --- end of attrs methods ---
