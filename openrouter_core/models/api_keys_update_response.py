# Generated from the OpenRouter OpenAPI spec (ApiKeysUpdateResponse) by `python -m codegen`; do not edit.
"""The ``ApiKeysUpdateResponse`` object."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ApiKeysUpdateResponseData:
    """The updated API key information."""

    byok_usage: float
    """Total external BYOK usage (in USD) for the API key."""
    byok_usage_daily: float
    """External BYOK usage (in USD) for the current UTC day."""
    byok_usage_monthly: float
    """External BYOK usage (in USD) for current UTC month."""
    byok_usage_weekly: float
    """External BYOK usage (in USD) for the current UTC week (Monday-Sunday)."""
    created_at: str
    """ISO 8601 timestamp of when the API key was created."""
    creator_user_id: str | None
    """The user ID of the key creator."""
    disabled: bool
    """Whether the API key is disabled."""
    expires_at: datetime | Unset | None = UNSET
    """ISO 8601 UTC timestamp when the API key expires, or null if no expiration."""
    hash: str
    """Unique hash identifier for the API key."""
    include_byok_in_limit: bool
    """Whether to include external BYOK usage in the credit limit."""
    label: str
    """Human-readable label for the API key."""
    limit: float | None
    """Spending limit for the API key in USD."""
    limit_remaining: float | None
    """Remaining spending limit in USD."""
    limit_reset: str | None
    """Type of limit reset for the API key."""
    name: str
    """Name of the API key."""
    updated_at: str | None
    """ISO 8601 timestamp of when the API key was last updated."""
    usage: float
    """Total OpenRouter credit usage (in USD) for the API key."""
    usage_daily: float
    """OpenRouter credit usage (in USD) for the current UTC day."""
    usage_monthly: float
    """OpenRouter credit usage (in USD) for the current UTC month."""
    usage_weekly: float
    """OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday)."""
    workspace_id: str
    """The workspace ID this API key belongs to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        byok_usage: float,
        byok_usage_daily: float,
        byok_usage_monthly: float,
        byok_usage_weekly: float,
        created_at: str,
        creator_user_id: str | None,
        disabled: bool,
        expires_at: datetime | Unset | None = UNSET,
        hash: str,
        include_byok_in_limit: bool,
        label: str,
        limit: float | None,
        limit_remaining: float | None,
        limit_reset: str | None,
        name: str,
        updated_at: str | None,
        usage: float,
        usage_daily: float,
        usage_monthly: float,
        usage_weekly: float,
        workspace_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("byok_usage", byok_usage)
        _setattr("byok_usage_daily", byok_usage_daily)
        _setattr("byok_usage_monthly", byok_usage_monthly)
        _setattr("byok_usage_weekly", byok_usage_weekly)
        _setattr("created_at", created_at)
        _setattr("creator_user_id", creator_user_id)
        _setattr("disabled", disabled)
        _setattr("expires_at", expires_at)
        _setattr("hash", hash)
        _setattr("include_byok_in_limit", include_byok_in_limit)
        _setattr("label", label)
        _setattr("limit", limit)
        _setattr("limit_remaining", limit_remaining)
        _setattr("limit_reset", limit_reset)
        _setattr("name", name)
        _setattr("updated_at", updated_at)
        _setattr("usage", usage)
        _setattr("usage_daily", usage_daily)
        _setattr("usage_monthly", usage_monthly)
        _setattr("usage_weekly", usage_weekly)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"byok_usage={self.byok_usage!r}, "
            f"byok_usage_daily={self.byok_usage_daily!r}, "
            f"byok_usage_monthly={self.byok_usage_monthly!r}, "
            f"byok_usage_weekly={self.byok_usage_weekly!r}, "
            f"created_at={self.created_at!r}, "
            f"creator_user_id={self.creator_user_id!r}, "
            f"disabled={self.disabled!r}, "
            f"expires_at={self.expires_at!r}, "
            f"hash={self.hash!r}, "
            f"include_byok_in_limit={self.include_byok_in_limit!r}, "
            f"label={self.label!r}, "
            f"limit={self.limit!r}, "
            f"limit_remaining={self.limit_remaining!r}, "
            f"limit_reset={self.limit_reset!r}, "
            f"name={self.name!r}, "
            f"updated_at={self.updated_at!r}, "
            f"usage={self.usage!r}, "
            f"usage_daily={self.usage_daily!r}, "
            f"usage_monthly={self.usage_monthly!r}, "
            f"usage_weekly={self.usage_weekly!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.byok_usage,
            self.byok_usage_daily,
            self.byok_usage_monthly,
            self.byok_usage_weekly,
            self.created_at,
            self.creator_user_id,
            self.disabled,
            self.expires_at,
            self.hash,
            self.include_byok_in_limit,
            self.label,
            self.limit,
            self.limit_remaining,
            self.limit_reset,
            self.name,
            self.updated_at,
            self.usage,
            self.usage_daily,
            self.usage_monthly,
            self.usage_weekly,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.byok_usage,
            other.byok_usage_daily,
            other.byok_usage_monthly,
            other.byok_usage_weekly,
            other.created_at,
            other.creator_user_id,
            other.disabled,
            other.expires_at,
            other.hash,
            other.include_byok_in_limit,
            other.label,
            other.limit,
            other.limit_remaining,
            other.limit_reset,
            other.name,
            other.updated_at,
            other.usage,
            other.usage_daily,
            other.usage_monthly,
            other.usage_weekly,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ApiKeysUpdateResponseData",
                self.byok_usage,
                self.byok_usage_daily,
                self.byok_usage_monthly,
                self.byok_usage_weekly,
                self.created_at,
                self.creator_user_id,
                self.disabled,
                self.expires_at,
                self.hash,
                self.include_byok_in_limit,
                self.label,
                self.limit,
                self.limit_remaining,
                self.limit_reset,
                self.name,
                self.updated_at,
                self.usage,
                self.usage_daily,
                self.usage_monthly,
                self.usage_weekly,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ApiKeysUpdateResponse:
    """The ``ApiKeysUpdateResponse`` object."""

    data: ApiKeysUpdateResponseData
    """The updated API key information."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: ApiKeysUpdateResponseData,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.extra_fields) == (other.data, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ApiKeysUpdateResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
