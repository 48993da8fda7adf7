# Generated from the OpenRouter OpenAPI spec (components/schemas/TokenExchangeResponse) by `python -m codegen`; do not edit.
"""RFC 8693 token exchange response."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class TokenExchangeResponse:
    """RFC 8693 token exchange response."""

    access_token: str
    """A short-lived JWT to send as `Authorization: Bearer` to the inference API."""
    expires_in: int
    """Seconds until the access token expires: at most 15 minutes, and never later than the subject
    token expires.
    """
    issued_token_type: str = "urn:ietf:params:oauth:token-type:access_token"
    scope: str
    """The one capability the token grants, fixed by the kind of key the policy acts as: `inference`
    or `management`.
    """
    token_type: str = "Bearer"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
