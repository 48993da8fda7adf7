# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.oauth_exchange_auth_code_for_api_key_body` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OauthExchangeAuthCodeForApiKeyBodyDict",
]


class OauthExchangeAuthCodeForApiKeyBodyDict(TypedDict, total=False):
    """The dict form of :class:`OauthExchangeAuthCodeForApiKeyBody`."""

    code: Required[str]
    code_challenge_method: Literal["S256", "plain"] | str | None
    code_verifier: str | None
