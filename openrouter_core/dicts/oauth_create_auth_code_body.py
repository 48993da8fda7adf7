# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.oauth_create_auth_code_body` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OauthCreateAuthCodeBodyDict",
]


class OauthCreateAuthCodeBodyDict(TypedDict, total=False):
    """The dict form of :class:`OauthCreateAuthCodeBody`."""

    callback_url: Required[str]
    code_challenge: str | None
    code_challenge_method: Literal["S256", "plain"] | str | None
    expires_at: str | None
    key_label: str | None
    limit: float | None
    spawn_agent: str | None
    spawn_cloud: str | None
    usage_limit_type: Literal["daily", "weekly", "monthly"] | str | None
    workspace_id: str | None
