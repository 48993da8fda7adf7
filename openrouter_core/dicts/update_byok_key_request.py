# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.update_byok_key_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "UpdateBYOKKeyRequestDict",
]


class UpdateBYOKKeyRequestDict(TypedDict, total=False):
    """The dict form of :class:`UpdateBYOKKeyRequest`."""

    allowed_api_key_hashes: list[str] | None
    allowed_models: list[str] | None
    allowed_user_ids: list[str] | None
    disabled: bool | None
    is_fallback: bool | None
    key: str | None
    name: str | None
