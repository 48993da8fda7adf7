# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebSearchResult) by `python -m codegen`; do not edit.
"""The ``AnthropicWebSearchResult`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicWebSearchResult:
    """The ``AnthropicWebSearchResult`` object."""

    encrypted_content: str
    page_age: str | None
    title: str
    type: str = "web_search_result"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        encrypted_content: str,
        page_age: str | None,
        title: str,
        type: str = "web_search_result",
        url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("encrypted_content", encrypted_content)
        _setattr("page_age", page_age)
        _setattr("title", title)
        _setattr("type", type)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"encrypted_content={self.encrypted_content!r}, "
            f"page_age={self.page_age!r}, "
            f"title={self.title!r}, "
            f"type={self.type!r}, "
            f"url={self.url!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.encrypted_content,
            self.page_age,
            self.title,
            self.type,
            self.url,
            self.extra_fields,
        ) == (
            other.encrypted_content,
            other.page_age,
            other.title,
            other.type,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicWebSearchResult",
                self.encrypted_content,
                self.page_age,
                self.title,
                self.type,
                self.url,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
