# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultSecretCopyRequest) by `python -m codegen`; do not edit.
"""Workspace secrets to copy into the intern scope."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class VaultSecretCopyRequest:
    """Workspace secrets to copy into the intern scope."""

    names: list[str]
    """Names of workspace secrets to copy, 1 to 100 unique entries."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, names: list[str], extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("names", names)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(names={self.names!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.names, self.extra_fields) == (other.names, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("VaultSecretCopyRequest", self.names, self.extra_fields))

    # --- end of attrs methods ---
