# Generated from the OpenRouter OpenAPI spec (components/schemas/TokenExchangeRequest) by `python -m codegen`; do not edit.
"""RFC 8693 token exchange request body (application/x-www-form-urlencoded)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class TokenExchangeRequest:
    """RFC 8693 token exchange request body (application/x-www-form-urlencoded)."""

    federation_policy_id: str
    """The federation policy to evaluate, from Settings → Workload identity."""
    grant_type: str = "urn:ietf:params:oauth:grant-type:token-exchange"
    """Must be `urn:ietf:params:oauth:grant-type:token-exchange`."""
    subject_token: str
    """The JWT issued by your identity provider."""
    subject_token_type: str = "urn:ietf:params:oauth:token-type:jwt"
    """Must be `urn:ietf:params:oauth:token-type:jwt`."""
    requested_token_type: str | None = None
    """Optional; when present must be `urn:ietf:params:oauth:token-type:access_token`."""
    scope: str | None = None
    """Optional; when present must match the policy's key: `management` for a management key,
    `inference` otherwise. Known values: ``"inference"``, ``"management"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
