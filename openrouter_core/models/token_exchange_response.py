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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        access_token: str,
        expires_in: int,
        issued_token_type: str = "urn:ietf:params:oauth:token-type:access_token",
        scope: str,
        token_type: str = "Bearer",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("access_token", access_token)
        _setattr("expires_in", expires_in)
        _setattr("issued_token_type", issued_token_type)
        _setattr("scope", scope)
        _setattr("token_type", token_type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"access_token={self.access_token!r}, "
            f"expires_in={self.expires_in!r}, "
            f"issued_token_type={self.issued_token_type!r}, "
            f"scope={self.scope!r}, "
            f"token_type={self.token_type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.access_token,
            self.expires_in,
            self.issued_token_type,
            self.scope,
            self.token_type,
            self.extra_fields,
        ) == (
            other.access_token,
            other.expires_in,
            other.issued_token_type,
            other.scope,
            other.token_type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "TokenExchangeResponse",
                self.access_token,
                self.expires_in,
                self.issued_token_type,
                self.scope,
                self.token_type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
