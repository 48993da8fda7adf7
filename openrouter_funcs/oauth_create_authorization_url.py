# Generated from the OpenRouter OpenAPI spec (client-side helper) by `python -m codegen`; do not edit.
"""Build the OAuth PKCE authorization URL: a client-side helper, no HTTP call.

``https://openrouter.ai/auth?callback_url=...&code_challenge=...&code_challenge_method=S256``:
send the user there, then exchange the ``code`` they come back with for an API key using
``oauth_exchange_auth_code_for_api_key``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from returns.result import Result

from openrouter_core import OpenRouterCore
from openrouter_core.errors import SDKValidationError
from openrouter_core.oauth import CreateAuthorizationUrlRequest, create_authorization_url

__all__ = ["CreateAuthorizationUrlRequest", "oauth_create_authorization_url"]


def oauth_create_authorization_url(
    request: CreateAuthorizationUrlRequest | Mapping[str, Any],
    *,
    core: OpenRouterCore | None = None,
) -> Result[str, SDKValidationError]:
    """The URL to send a user to for authorizing your app (on ``core``'s host, if given)."""
    return create_authorization_url(request, core=core)
