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
