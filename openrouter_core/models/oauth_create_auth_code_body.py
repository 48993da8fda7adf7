# Generated from the OpenRouter OpenAPI spec (OauthCreateAuthCodeBody) by `python -m codegen`; do not edit.
"""The ``OauthCreateAuthCodeBody`` object."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OauthCreateAuthCodeBody:
    """The ``OauthCreateAuthCodeBody`` object."""

    callback_url: str
    """The callback URL to redirect to after authorization."""
    code_challenge: str | None = None
    """PKCE code challenge for enhanced security."""
    code_challenge_method: str | None = None
    """The method used to generate the code challenge. Known values: ``"S256"``, ``"plain"``."""
    expires_at: datetime | Unset | None = UNSET
    """Optional expiration time for the API key to be created."""
    key_label: str | None = None
    """Optional custom label for the API key."""
    limit: float | None = None
    """Credit limit for the API key to be created."""
    spawn_agent: str | None = None
    """Agent identifier for spawn telemetry."""
    spawn_cloud: str | None = None
    """Cloud identifier for spawn telemetry."""
    usage_limit_type: str | None = None
    """Optional credit limit reset interval. Known values: ``"daily"``, ``"weekly"``, ``"monthly"``.
    """
    workspace_id: str | None = None
    """Optional workspace ID to associate the API key with."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
