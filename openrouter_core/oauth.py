"""Client-side helpers for OpenRouter's OAuth PKCE flow (no HTTP call is made here).

The flow: make a code verifier and its S256 challenge with
:func:`create_sha256_code_challenge`, send the user to the URL
:func:`create_authorization_url` builds, and when OpenRouter redirects back with
``?code=...`` exchange that code (with the verifier) for an API key using
``openrouter_funcs.oauth_exchange_auth_code_for_api_key``. Both helpers return a ``Result``
and never raise, like every other function.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._core import DEFAULT_SERVER_URL, OpenRouterCore
from openrouter_core._inputs import coerce_request
from openrouter_core.errors import SDKValidationError

__all__ = [
    "CreateAuthorizationUrlRequest",
    "CreateSHA256CodeChallengeRequest",
    "CreateSHA256CodeChallengeResponse",
    "create_authorization_url",
    "create_sha256_code_challenge",
]

#: RFC 7636 section 4.1: 43 to 128 characters from the unreserved set.
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")
_METHODS = ("S256", "plain")


@attrs.frozen(kw_only=True)
class CreateSHA256CodeChallengeRequest:
    """The input of :func:`create_sha256_code_challenge`."""

    code_verifier: str | None = None
    """A verifier of 43-128 characters ``[A-Za-z0-9-._~]``; a random one is made if omitted."""


@attrs.frozen(kw_only=True)
class CreateSHA256CodeChallengeResponse:
    """A PKCE pair: send ``code_challenge`` now, keep ``code_verifier`` secret for the exchange."""

    code_challenge: str
    """``base64url(sha256(code_verifier))`` without padding."""
    code_verifier: str
    """The verifier the challenge was made from."""


@attrs.frozen(kw_only=True)
class CreateAuthorizationUrlRequest:
    """The input of :func:`create_authorization_url`."""

    callback_url: str
    """Where OpenRouter sends the user back with ``?code=...`` (https, or http on localhost)."""
    code_challenge: str | None = None
    """The PKCE challenge (recommended); see :func:`create_sha256_code_challenge`."""
    code_challenge_method: str | None = None
    """``"S256"`` (the default when a challenge is given) or ``"plain"``."""
    limit: float | None = None
    """A credit limit for the API key the user creates."""


def _generate_verifier() -> str:
    # 32 random octets, base64url without padding: 43 characters (RFC 7636, section 4.1).
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode("ascii")


def create_sha256_code_challenge(
    request: CreateSHA256CodeChallengeRequest | Mapping[str, Any] | None = None,
) -> Result[CreateSHA256CodeChallengeResponse, SDKValidationError]:
    """Make an S256 code challenge (RFC 7636) from a given or freshly generated verifier."""
    coerced = coerce_request(request, CreateSHA256CodeChallengeRequest)
    if isinstance(coerced, Failure):
        return coerced
    verifier = coerced.unwrap().code_verifier
    if verifier is None:
        verifier = _generate_verifier()
    elif not _VERIFIER.fullmatch(verifier):
        reason = (
            f"it has {len(verifier)}"
            if not 43 <= len(verifier) <= 128
            else "it has characters outside that set"
        )
        return Failure(
            SDKValidationError(
                f"code_verifier must be 43-128 characters from [A-Za-z0-9-._~] (RFC 7636); {reason}",
                field="code_verifier",
            )
        )
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return Success(
        CreateSHA256CodeChallengeResponse(code_challenge=challenge, code_verifier=verifier)
    )


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def create_authorization_url(
    request: CreateAuthorizationUrlRequest | Mapping[str, Any],
    *,
    core: OpenRouterCore | None = None,
) -> Result[str, SDKValidationError]:
    """Build the ``https://openrouter.ai/auth?callback_url=...`` URL to send the user to.

    The host is that of ``core.server_url`` when a core is given (``https://openrouter.ai``
    otherwise).
    """
    coerced = coerce_request(request, CreateAuthorizationUrlRequest)
    if isinstance(coerced, Failure):
        return coerced
    model: CreateAuthorizationUrlRequest = coerced.unwrap()
    callback = urlsplit(model.callback_url)
    if callback.scheme not in ("http", "https") or not callback.netloc:
        return Failure(
            SDKValidationError(
                f"callback_url must be an absolute http(s) URL, got {model.callback_url!r}",
                field="callback_url",
            )
        )
    method = model.code_challenge_method
    if model.code_challenge is None and method is not None:
        return Failure(
            SDKValidationError(
                "code_challenge_method needs a code_challenge", field="code_challenge_method"
            )
        )
    if method is not None and method not in _METHODS:
        return Failure(
            SDKValidationError(
                f"code_challenge_method must be 'S256' or 'plain', got {method!r}",
                field="code_challenge_method",
            )
        )
    server = urlsplit(core.server_url if core is not None else DEFAULT_SERVER_URL)
    if server.scheme not in ("http", "https") or not server.netloc:
        return Failure(
            SDKValidationError(f"server_url {core.server_url if core else ''!r} is not a URL")
        )
    query: list[tuple[str, str]] = [("callback_url", model.callback_url)]
    if model.code_challenge is not None:
        query.append(("code_challenge", model.code_challenge))
        query.append(("code_challenge_method", method or "S256"))
    if model.limit is not None:
        query.append(("limit", _number_text(model.limit)))
    return Success(f"{server.scheme}://{server.netloc}/auth?{urlencode(query)}")
