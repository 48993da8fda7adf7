# Generated from the OpenRouter OpenAPI spec (ApiKeysGetCurrentKeyMetadataResponse) by `python -m codegen`; do not edit.
"""The ``ApiKeysGetCurrentKeyMetadataResponse`` object."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ApiKeysGetCurrentKeyMetadataResponseDataRateLimit:
    """Legacy rate limit information about a key."""

    interval: str
    """Rate limit interval."""
    note: str
    """Note about the rate limit."""
    requests: int
    """Number of requests allowed per interval."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        interval: str,
        note: str,
        requests: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("interval", interval)
        _setattr("note", note)
        _setattr("requests", requests)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"interval={self.interval!r}, "
            f"note={self.note!r}, "
            f"requests={self.requests!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.interval, self.note, self.requests, self.extra_fields) == (
            other.interval,
            other.note,
            other.requests,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ApiKeysGetCurrentKeyMetadataResponseDataRateLimit",
                self.interval,
                self.note,
                self.requests,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ApiKeysGetCurrentKeyMetadataResponseData:
    """Current API key information."""

    byok_usage: float
    """Total external BYOK usage (in USD) for the API key."""
    byok_usage_daily: float
    """External BYOK usage (in USD) for the current UTC day."""
    byok_usage_monthly: float
    """External BYOK usage (in USD) for current UTC month."""
    byok_usage_weekly: float
    """External BYOK usage (in USD) for the current UTC week (Monday-Sunday)."""
    creator_user_id: str | None
    """The user ID of the key creator."""
    expires_at: datetime | Unset | None = UNSET
    """ISO 8601 UTC timestamp when the API key expires, or null if no expiration."""
    include_byok_in_limit: bool
    """Whether to include external BYOK usage in the credit limit."""
    is_free_tier: bool
    """Whether this is a free tier API key."""
    is_management_key: bool
    """Whether this is a management key."""
    is_provisioning_key: bool
    """Deprecated. Whether this is a management key."""
    label: str
    """Human-readable label for the API key."""
    limit: float | None
    """Spending limit for the API key in USD."""
    limit_remaining: float | None
    """Remaining spending limit in USD."""
    limit_reset: str | None
    """Type of limit reset for the API key."""
    rate_limit: ApiKeysGetCurrentKeyMetadataResponseDataRateLimit
    """Deprecated. Legacy rate limit information about a key."""
    usage: float
    """Total OpenRouter credit usage (in USD) for the API key."""
    usage_daily: float
    """OpenRouter credit usage (in USD) for the current UTC day."""
    usage_monthly: float
    """OpenRouter credit usage (in USD) for the current UTC month."""
    usage_weekly: float
    """OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        byok_usage: float,
        byok_usage_daily: float,
        byok_usage_monthly: float,
        byok_usage_weekly: float,
        creator_user_id: str | None,
        expires_at: datetime | Unset | None = UNSET,
        include_byok_in_limit: bool,
        is_free_tier: bool,
        is_management_key: bool,
        is_provisioning_key: bool,
        label: str,
        limit: float | None,
        limit_remaining: float | None,
        limit_reset: str | None,
        rate_limit: ApiKeysGetCurrentKeyMetadataResponseDataRateLimit,
        usage: float,
        usage_daily: float,
        usage_monthly: float,
        usage_weekly: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("byok_usage", byok_usage)
        _setattr("byok_usage_daily", byok_usage_daily)
        _setattr("byok_usage_monthly", byok_usage_monthly)
        _setattr("byok_usage_weekly", byok_usage_weekly)
        _setattr("creator_user_id", creator_user_id)
        _setattr("expires_at", expires_at)
        _setattr("include_byok_in_limit", include_byok_in_limit)
        _setattr("is_free_tier", is_free_tier)
        _setattr("is_management_key", is_management_key)
        _setattr("is_provisioning_key", is_provisioning_key)
        _setattr("label", label)
        _setattr("limit", limit)
        _setattr("limit_remaining", limit_remaining)
        _setattr("limit_reset", limit_reset)
        _setattr("rate_limit", rate_limit)
        _setattr("usage", usage)
        _setattr("usage_daily", usage_daily)
        _setattr("usage_monthly", usage_monthly)
        _setattr("usage_weekly", usage_weekly)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"byok_usage={self.byok_usage!r}, "
            f"byok_usage_daily={self.byok_usage_daily!r}, "
            f"byok_usage_monthly={self.byok_usage_monthly!r}, "
            f"byok_usage_weekly={self.byok_usage_weekly!r}, "
            f"creator_user_id={self.creator_user_id!r}, "
            f"expires_at={self.expires_at!r}, "
            f"include_byok_in_limit={self.include_byok_in_limit!r}, "
            f"is_free_tier={self.is_free_tier!r}, "
            f"is_management_key={self.is_management_key!r}, "
            f"is_provisioning_key={self.is_provisioning_key!r}, "
            f"label={self.label!r}, "
            f"limit={self.limit!r}, "
            f"limit_remaining={self.limit_remaining!r}, "
            f"limit_reset={self.limit_reset!r}, "
            f"rate_limit={self.rate_limit!r}, "
            f"usage={self.usage!r}, "
            f"usage_daily={self.usage_daily!r}, "
            f"usage_monthly={self.usage_monthly!r}, "
            f"usage_weekly={self.usage_weekly!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.byok_usage,
            self.byok_usage_daily,
            self.byok_usage_monthly,
            self.byok_usage_weekly,
            self.creator_user_id,
            self.expires_at,
            self.include_byok_in_limit,
            self.is_free_tier,
            self.is_management_key,
            self.is_provisioning_key,
            self.label,
            self.limit,
            self.limit_remaining,
            self.limit_reset,
            self.rate_limit,
            self.usage,
            self.usage_daily,
            self.usage_monthly,
            self.usage_weekly,
            self.extra_fields,
        ) == (
            other.byok_usage,
            other.byok_usage_daily,
            other.byok_usage_monthly,
            other.byok_usage_weekly,
            other.creator_user_id,
            other.expires_at,
            other.include_byok_in_limit,
            other.is_free_tier,
            other.is_management_key,
            other.is_provisioning_key,
            other.label,
            other.limit,
            other.limit_remaining,
            other.limit_reset,
            other.rate_limit,
            other.usage,
            other.usage_daily,
            other.usage_monthly,
            other.usage_weekly,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ApiKeysGetCurrentKeyMetadataResponseData",
                self.byok_usage,
                self.byok_usage_daily,
                self.byok_usage_monthly,
                self.byok_usage_weekly,
                self.creator_user_id,
                self.expires_at,
                self.include_byok_in_limit,
                self.is_free_tier,
                self.is_management_key,
                self.is_provisioning_key,
                self.label,
                self.limit,
                self.limit_remaining,
                self.limit_reset,
                self.rate_limit,
                self.usage,
                self.usage_daily,
                self.usage_monthly,
                self.usage_weekly,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ApiKeysGetCurrentKeyMetadataResponse:
    """The ``ApiKeysGetCurrentKeyMetadataResponse`` object."""

    data: ApiKeysGetCurrentKeyMetadataResponseData
    """Current API key information."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: ApiKeysGetCurrentKeyMetadataResponseData,
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
        return hash(("ApiKeysGetCurrentKeyMetadataResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
