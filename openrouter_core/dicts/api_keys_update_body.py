# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.api_keys_update_body` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "ApiKeysUpdateBodyDict",
]


class ApiKeysUpdateBodyDict(TypedDict, total=False):
    """The dict form of :class:`ApiKeysUpdateBody`."""

    disabled: bool | None
    include_byok_in_limit: bool | None
    limit: float | None
    limit_reset: Literal["daily", "weekly", "monthly"] | str | None
    name: str | None
