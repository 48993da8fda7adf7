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
