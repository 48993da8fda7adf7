# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionSource) by `python -m codegen`; do not edit.
"""A web page retrieved via web search during a fusion run."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionSource:
    """A web page retrieved via web search during a fusion run."""

    title: str
    """Title of the retrieved web page."""
    url: str
    """URL of the web page a panel or the analyst retrieved during the run."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        title: str,
        url: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("title", title)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(title={self.title!r}, url={self.url!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.title, self.url, self.extra_fields) == (
            other.title,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("FusionSource", self.title, self.url, self.extra_fields))

    # --- end of attrs methods ---
