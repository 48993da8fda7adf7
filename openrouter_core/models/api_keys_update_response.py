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


@attrs.frozen(kw_only=True)
class ApiKeysUpdateResponse:
    """The ``ApiKeysUpdateResponse`` object."""

    data: ApiKeysUpdateResponseData
    """The updated API key information."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
