# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultEffectiveSecret) by `python -m codegen`; do not edit.
"""Metadata for the one secret the intern's outbound requests receive under this name."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class VaultEffectiveSecret:
    """Metadata for the one secret the intern's outbound requests receive under this name."""

    created_at: datetime
    fingerprint: str | None
    hosts: list[str] | None
    name: str
    scope: str
    """Where the delivered secret is stored: `intern` for the intern's own vault, `attached` for a
    vault attached to the intern, `workspace` for the workspace vault. Known values:
    ``"intern"``, ``"attached"``, ``"workspace"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: datetime,
        fingerprint: str | None,
        hosts: list[str] | None,
        name: str,
        scope: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("fingerprint", fingerprint)
        _setattr("hosts", hosts)
        _setattr("name", name)
        _setattr("scope", scope)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"fingerprint={self.fingerprint!r}, "
            f"hosts={self.hosts!r}, "
            f"name={self.name!r}, "
            f"scope={self.scope!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.created_at,
            self.fingerprint,
            self.hosts,
            self.name,
            self.scope,
            self.extra_fields,
        ) == (
            other.created_at,
            other.fingerprint,
            other.hosts,
            other.name,
            other.scope,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "VaultEffectiveSecret",
                self.created_at,
                self.fingerprint,
                self.hosts,
                self.name,
                self.scope,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
