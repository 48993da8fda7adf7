# Generated from the OpenRouter OpenAPI spec (ApiKeysCreateBody) by `python -m codegen`; do not edit.
"""The ``ApiKeysCreateBody`` object."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ApiKeysCreateBody:
    """The ``ApiKeysCreateBody`` object."""

    creator_user_id: str | Unset | None = UNSET
    """Optional user ID of the key creator."""
    expires_at: datetime | Unset | None = UNSET
    """Optional ISO 8601 UTC timestamp when the API key should expire."""
    include_byok_in_limit: bool | None = None
    """Whether to include BYOK usage in the limit."""
    limit: float | Unset | None = UNSET
    """Optional spending limit for the API key in USD."""
    limit_reset: str | Unset | None = UNSET
    """Type of limit reset for the API key (daily, weekly, monthly, or null for no reset). Known
    values: ``"daily"``, ``"weekly"``, ``"monthly"``.
    """
    name: str
    """Name for the new API key."""
    workspace_id: str | None = None
    """The workspace to create the API key in."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        creator_user_id: str | Unset | None = UNSET,
        expires_at: datetime | Unset | None = UNSET,
        include_byok_in_limit: bool | None = None,
        limit: float | Unset | None = UNSET,
        limit_reset: str | Unset | None = UNSET,
        name: str,
        workspace_id: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("creator_user_id", creator_user_id)
        _setattr("expires_at", expires_at)
        _setattr("include_byok_in_limit", include_byok_in_limit)
        _setattr("limit", limit)
        _setattr("limit_reset", limit_reset)
        _setattr("name", name)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"creator_user_id={self.creator_user_id!r}, "
            f"expires_at={self.expires_at!r}, "
            f"include_byok_in_limit={self.include_byok_in_limit!r}, "
            f"limit={self.limit!r}, "
            f"limit_reset={self.limit_reset!r}, "
            f"name={self.name!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.creator_user_id,
            self.expires_at,
            self.include_byok_in_limit,
            self.limit,
            self.limit_reset,
            self.name,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.creator_user_id,
            other.expires_at,
            other.include_byok_in_limit,
            other.limit,
            other.limit_reset,
            other.name,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ApiKeysCreateBody",
                self.creator_user_id,
                self.expires_at,
                self.include_byok_in_limit,
                self.limit,
                self.limit_reset,
                self.name,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
