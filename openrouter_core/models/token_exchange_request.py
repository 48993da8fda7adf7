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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        federation_policy_id: str,
        grant_type: str = "urn:ietf:params:oauth:grant-type:token-exchange",
        subject_token: str,
        subject_token_type: str = "urn:ietf:params:oauth:token-type:jwt",
        requested_token_type: str | None = None,
        scope: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("federation_policy_id", federation_policy_id)
        _setattr("grant_type", grant_type)
        _setattr("subject_token", subject_token)
        _setattr("subject_token_type", subject_token_type)
        _setattr("requested_token_type", requested_token_type)
        _setattr("scope", scope)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"federation_policy_id={self.federation_policy_id!r}, "
            f"grant_type={self.grant_type!r}, "
            f"subject_token={self.subject_token!r}, "
            f"subject_token_type={self.subject_token_type!r}, "
            f"requested_token_type={self.requested_token_type!r}, "
            f"scope={self.scope!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.federation_policy_id,
            self.grant_type,
            self.subject_token,
            self.subject_token_type,
            self.requested_token_type,
            self.scope,
            self.extra_fields,
        ) == (
            other.federation_policy_id,
            other.grant_type,
            other.subject_token,
            other.subject_token_type,
            other.requested_token_type,
            other.scope,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "TokenExchangeRequest",
                self.federation_policy_id,
                self.grant_type,
                self.subject_token,
                self.subject_token_type,
                self.requested_token_type,
                self.scope,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
