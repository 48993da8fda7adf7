# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.api_keys_create_body` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ApiKeysCreateBodyDict",
]


class ApiKeysCreateBodyDict(TypedDict, total=False):
    """The dict form of :class:`ApiKeysCreateBody`."""

    creator_user_id: str | None
    expires_at: str | None
    include_byok_in_limit: bool | None
    limit: float | None
    limit_reset: Literal["daily", "weekly", "monthly"] | str | None
    name: Required[str]
    workspace_id: str | None
