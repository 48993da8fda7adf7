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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        callback_url: str,
        code_challenge: str | None = None,
        code_challenge_method: str | None = None,
        expires_at: datetime | Unset | None = UNSET,
        key_label: str | None = None,
        limit: float | None = None,
        spawn_agent: str | None = None,
        spawn_cloud: str | None = None,
        usage_limit_type: str | None = None,
        workspace_id: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("callback_url", callback_url)
        _setattr("code_challenge", code_challenge)
        _setattr("code_challenge_method", code_challenge_method)
        _setattr("expires_at", expires_at)
        _setattr("key_label", key_label)
        _setattr("limit", limit)
        _setattr("spawn_agent", spawn_agent)
        _setattr("spawn_cloud", spawn_cloud)
        _setattr("usage_limit_type", usage_limit_type)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"callback_url={self.callback_url!r}, "
            f"code_challenge={self.code_challenge!r}, "
            f"code_challenge_method={self.code_challenge_method!r}, "
            f"expires_at={self.expires_at!r}, "
            f"key_label={self.key_label!r}, "
            f"limit={self.limit!r}, "
            f"spawn_agent={self.spawn_agent!r}, "
            f"spawn_cloud={self.spawn_cloud!r}, "
            f"usage_limit_type={self.usage_limit_type!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.callback_url,
            self.code_challenge,
            self.code_challenge_method,
            self.expires_at,
            self.key_label,
            self.limit,
            self.spawn_agent,
            self.spawn_cloud,
            self.usage_limit_type,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.callback_url,
            other.code_challenge,
            other.code_challenge_method,
            other.expires_at,
            other.key_label,
            other.limit,
            other.spawn_agent,
            other.spawn_cloud,
            other.usage_limit_type,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OauthCreateAuthCodeBody",
                self.callback_url,
                self.code_challenge,
                self.code_challenge_method,
                self.expires_at,
                self.key_label,
                self.limit,
                self.spawn_agent,
                self.spawn_cloud,
                self.usage_limit_type,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
