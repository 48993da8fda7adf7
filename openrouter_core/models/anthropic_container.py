# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicContainer) by `python -m codegen`; do not edit.
"""The ``AnthropicContainer`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicContainer:
    """The ``AnthropicContainer`` object."""

    expires_at: str
    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        expires_at: str,
        id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("expires_at", expires_at)
        _setattr("id", id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(expires_at={self.expires_at!r}, id={self.id!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.expires_at, self.id, self.extra_fields) == (
            other.expires_at,
            other.id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("AnthropicContainer", self.expires_at, self.id, self.extra_fields))

    # --- end of attrs methods ---
