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


@attrs.frozen(kw_only=True)
class ApiKeysGetCurrentKeyMetadataResponse:
    """The ``ApiKeysGetCurrentKeyMetadataResponse`` object."""

    data: ApiKeysGetCurrentKeyMetadataResponseData
    """Current API key information."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
