# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultSecretListResponse) by `python -m codegen`; do not edit.
"""One page of secret metadata for the selected scope."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.vault_secret import VaultSecret


@attrs.frozen(kw_only=True)
class VaultSecretListResponse:
    """One page of secret metadata for the selected scope."""

    data: list[VaultSecret]
    has_more: bool
    """True when more secrets exist beyond this page."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[VaultSecret],
        has_more: bool,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("has_more", has_more)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r}, has_more={self.has_more!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.has_more, self.extra_fields) == (
            other.data,
            other.has_more,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("VaultSecretListResponse", self.data, self.has_more, self.extra_fields))

    # --- end of attrs methods ---
