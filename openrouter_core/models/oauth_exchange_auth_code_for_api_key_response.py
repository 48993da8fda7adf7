# Generated from the OpenRouter OpenAPI spec (OauthExchangeAuthCodeForApiKeyResponse) by `python -m codegen`; do not edit.
"""The ``OauthExchangeAuthCodeForApiKeyResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OauthExchangeAuthCodeForApiKeyResponse:
    """The ``OauthExchangeAuthCodeForApiKeyResponse`` object."""

    key: str
    """The API key to use for OpenRouter requests."""
    user_id: str | None
    """User ID associated with the API key."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        key: str,
        user_id: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("key", key)
        _setattr("user_id", user_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(key={self.key!r}, user_id={self.user_id!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.key, self.user_id, self.extra_fields) == (
            other.key,
            other.user_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("OauthExchangeAuthCodeForApiKeyResponse", self.key, self.user_id, self.extra_fields)
        )

    # --- end of attrs methods ---
