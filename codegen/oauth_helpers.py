"""Thin function modules for the OAuth helpers of operations.tsv: its client-side (local)
rows, which make no HTTP call.

The helpers themselves are hand-written in ``openrouter_core/oauth.py``; each module here
re-exports one of them under its table name, so every row of operations.tsv is a module.
"""

from __future__ import annotations

from collections.abc import Iterable

from codegen.operations import GeneratorError, TableRow
from codegen.render import header

#: function name → (module docstring, body after the imports).
LOCAL_FUNCTIONS: dict[str, tuple[str, str]] = {
    "oauth_create_sha256_code_challenge": (
        """Create a SHA-256 PKCE code challenge: a client-side helper, no HTTP call.

Makes a random 43-character code verifier and its S256 challenge
(``base64url(sha256(verifier))``, RFC 7636), or the challenge of the verifier you pass.
""",
        """from collections.abc import Mapping
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
    \"\"\"Make an S256 code challenge from ``code_verifier``, or from a new random verifier.\"\"\"
    return create_sha256_code_challenge(request)
""",
    ),
    "oauth_create_authorization_url": (
        """Build the OAuth PKCE authorization URL: a client-side helper, no HTTP call.

``https://openrouter.ai/auth?callback_url=...&code_challenge=...&code_challenge_method=S256``:
send the user there, then exchange the ``code`` they come back with for an API key using
``oauth_exchange_auth_code_for_api_key``.
""",
        """from collections.abc import Mapping
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
    \"\"\"The URL to send a user to for authorizing your app (on ``core``'s host, if given).\"\"\"
    return create_authorization_url(request, core=core)
""",
    ),
}


def render_oauth_helpers(rows: Iterable[TableRow]) -> dict[str, str]:
    """``openrouter_funcs/<function>.py`` for every local row of the table."""
    files = {}
    for row in rows:
        if not row.local:
            continue
        if row.function not in LOCAL_FUNCTIONS:
            raise GeneratorError(f"{row.function}: a local helper the generator does not know")
        doc, body = LOCAL_FUNCTIONS[row.function]
        files[f"openrouter_funcs/{row.function}.py"] = (
            header("client-side helper")
            + f'\n"""{doc}"""\n\nfrom __future__ import annotations\n\n{body}'
        )
    return files
