# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationWebSearchResultLocation) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationWebSearchResultLocation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationWebSearchResultLocation:
    """The ``AnthropicCitationWebSearchResultLocation`` object."""

    cited_text: str
    encrypted_index: str
    title: str | None
    type: str = "web_search_result_location"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cited_text: str,
        encrypted_index: str,
        title: str | None,
        type: str = "web_search_result_location",
        url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cited_text", cited_text)
        _setattr("encrypted_index", encrypted_index)
        _setattr("title", title)
        _setattr("type", type)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cited_text={self.cited_text!r}, "
            f"encrypted_index={self.encrypted_index!r}, "
            f"title={self.title!r}, "
            f"type={self.type!r}, "
            f"url={self.url!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cited_text,
            self.encrypted_index,
            self.title,
            self.type,
            self.url,
            self.extra_fields,
        ) == (
            other.cited_text,
            other.encrypted_index,
            other.title,
            other.type,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicCitationWebSearchResultLocation",
                self.cited_text,
                self.encrypted_index,
                self.title,
                self.type,
                self.url,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
