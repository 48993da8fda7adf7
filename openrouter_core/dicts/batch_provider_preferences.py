# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.batch_provider_preferences` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "BatchProviderPreferencesDict",
]


class BatchProviderPreferencesDict(TypedDict, total=False):
    """The dict form of :class:`BatchProviderPreferences`."""

    allow_fallbacks: bool | None
    only: list[str] | None
