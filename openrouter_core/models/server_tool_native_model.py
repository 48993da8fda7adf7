# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolNativeModel) by `python -m codegen`; do not edit.
"""The ``ServerToolNativeModel`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ServerToolNativeModel:
    """The ``ServerToolNativeModel`` object."""

    providers: list[str]
    slug: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        providers: list[str],
        slug: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("providers", providers)
        _setattr("slug", slug)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(providers={self.providers!r}, slug={self.slug!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.providers, self.slug, self.extra_fields) == (
            other.providers,
            other.slug,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ServerToolNativeModel", self.providers, self.slug, self.extra_fields))

    # --- end of attrs methods ---
