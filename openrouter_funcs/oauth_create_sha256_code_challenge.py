# Generated from the OpenRouter OpenAPI spec (client-side helper) by `python -m codegen`; do not edit.
"""Create a SHA-256 PKCE code challenge: a client-side helper, no HTTP call.

Makes a random 43-character code verifier and its S256 challenge
(``base64url(sha256(verifier))``, RFC 7636), or the challenge of the verifier you pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from returns.result import Result

from openrouter_core.errors import SDKValidationError
from openrouter_core.oauth import (
    CreateSHA256CodeChallengeRequest,
    CreateSHA256CodeChallengeResponse,
    create_sha256_code_challenge,
)

__all__ = [
    "CreateSHA256CodeChallengeRequest",
    "CreateSHA256CodeChallengeResponse",
    "oauth_create_sha256_code_challenge",
]


def oauth_create_sha256_code_challenge(
    request: CreateSHA256CodeChallengeRequest | Mapping[str, Any] | None = None,
) -> Result[CreateSHA256CodeChallengeResponse, SDKValidationError]:
    """Make an S256 code challenge from ``code_verifier``, or from a new random verifier."""
    return create_sha256_code_challenge(request)
