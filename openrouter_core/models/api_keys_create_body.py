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
