# Generated from the OpenRouter OpenAPI spec (OauthCreateAuthCodeResponse) by `python -m codegen`; do not edit.
"""The ``OauthCreateAuthCodeResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OauthCreateAuthCodeResponseData:
    """Auth code data."""

    app_id: int
    """The application ID associated with this auth code."""
    created_at: str
    """ISO 8601 timestamp of when the auth code was created."""
    id: str
    """The authorization code ID to use in the exchange request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OauthCreateAuthCodeResponse:
    """The ``OauthCreateAuthCodeResponse`` object."""

    data: OauthCreateAuthCodeResponseData
    """Auth code data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
