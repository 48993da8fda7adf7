# Generated from the OpenRouter OpenAPI spec (components/schemas/OAuthJwks) by `python -m codegen`; do not edit.
"""RFC 7517 JWK Set of the keys OpenRouter signs access tokens with."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.key import Key


@attrs.frozen(kw_only=True)
class OAuthJwks:
    """RFC 7517 JWK Set of the keys OpenRouter signs access tokens with."""

    keys: list[Key]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, keys: list[Key], extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("keys", keys)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(keys={self.keys!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.keys, self.extra_fields) == (other.keys, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("OAuthJwks", self.keys, self.extra_fields))

    # --- end of attrs methods ---
