# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultSecretWriteRequest) by `python -m codegen`; do not edit.
"""Secret value and the exact hostnames it may be released to."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class VaultSecretWriteRequest:
    """Secret value and the exact hostnames it may be released to."""

    hosts: list[str]
    """Exact DNS hostnames the secret may be sent to, 1 to 100 entries."""
    value: str
    """Secret value, 1 to 65536 characters."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        hosts: list[str],
        value: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("hosts", hosts)
        _setattr("value", value)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(hosts={self.hosts!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.hosts, self.value, self.extra_fields) == (
            other.hosts,
            other.value,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("VaultSecretWriteRequest", self.hosts, self.value, self.extra_fields))

    # --- end of attrs methods ---
