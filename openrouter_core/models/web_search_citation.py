# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchCitation) by `python -m codegen`; do not edit.
"""The ``WebSearchCitation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WebSearchCitation:
    """The ``WebSearchCitation`` object."""

    title: str | None
    url: str
    cited_text: str | None = None
    encrypted_index: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        title: str | None,
        url: str,
        cited_text: str | None = None,
        encrypted_index: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("title", title)
        _setattr("url", url)
        _setattr("cited_text", cited_text)
        _setattr("encrypted_index", encrypted_index)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"title={self.title!r}, "
            f"url={self.url!r}, "
            f"cited_text={self.cited_text!r}, "
            f"encrypted_index={self.encrypted_index!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.title, self.url, self.cited_text, self.encrypted_index, self.extra_fields) == (
            other.title,
            other.url,
            other.cited_text,
            other.encrypted_index,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WebSearchCitation",
                self.title,
                self.url,
                self.cited_text,
                self.encrypted_index,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
