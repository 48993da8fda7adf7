# Generated from the OpenRouter OpenAPI spec (OauthExchangeAuthCodeForApiKeyBody) by `python -m codegen`; do not edit.
"""The ``OauthExchangeAuthCodeForApiKeyBody`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OauthExchangeAuthCodeForApiKeyBody:
    """The ``OauthExchangeAuthCodeForApiKeyBody`` object."""

    code: str
    """The authorization code received from the OAuth redirect."""
    code_challenge_method: str | Unset | None = UNSET
    """The method used to generate the code challenge. Known values: ``"S256"``, ``"plain"``."""
    code_verifier: str | None = None
    """The code verifier if code_challenge was used in the authorization request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: str,
        code_challenge_method: str | Unset | None = UNSET,
        code_verifier: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("code_challenge_method", code_challenge_method)
        _setattr("code_verifier", code_verifier)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"code_challenge_method={self.code_challenge_method!r}, "
            f"code_verifier={self.code_verifier!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.code, self.code_challenge_method, self.code_verifier, self.extra_fields) == (
            other.code,
            other.code_challenge_method,
            other.code_verifier,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OauthExchangeAuthCodeForApiKeyBody",
                self.code,
                self.code_challenge_method,
                self.code_verifier,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
