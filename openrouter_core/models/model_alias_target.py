# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelAliasTarget) by `python -m codegen`; do not edit.
"""Concrete model targeted by this tilde-latest alias, when applicable."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ModelAliasTarget:
    """Concrete model targeted by this tilde-latest alias, when applicable."""

    name: str
    """Human-readable name of the concrete model targeted by this alias."""
    slug: str
    """Routable model ID of the concrete target, matching that model row's id."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        name: str,
        slug: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("name", name)
        _setattr("slug", slug)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r}, slug={self.slug!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.name, self.slug, self.extra_fields) == (
            other.name,
            other.slug,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ModelAliasTarget", self.name, self.slug, self.extra_fields))

    # --- end of attrs methods ---
