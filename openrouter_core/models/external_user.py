# Generated from the OpenRouter OpenAPI spec (components/schemas/ExternalUser) by `python -m codegen`; do not edit.
"""The ``ExternalUser`` object."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ExternalUser:
    """The ``ExternalUser`` object."""

    created_at: datetime
    """Registration creation time."""
    is_active: bool
    """Whether this registration is active."""
    updated_at: datetime
    """Last registration lifecycle update time."""
    user: str
    """Immutable case-sensitive tracking string supplied as user on inference requests or as
    external.user on API keys: 1 to 512 characters, well-formed Unicode, no NUL, no surrounding
    whitespace.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        created_at: datetime,
        is_active: bool,
        updated_at: datetime,
        user: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("created_at", created_at)
        _setattr("is_active", is_active)
        _setattr("updated_at", updated_at)
        _setattr("user", user)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_at={self.created_at!r}, "
            f"is_active={self.is_active!r}, "
            f"updated_at={self.updated_at!r}, "
            f"user={self.user!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.created_at, self.is_active, self.updated_at, self.user, self.extra_fields) == (
            other.created_at,
            other.is_active,
            other.updated_at,
            other.user,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ExternalUser",
                self.created_at,
                self.is_active,
                self.updated_at,
                self.user,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
