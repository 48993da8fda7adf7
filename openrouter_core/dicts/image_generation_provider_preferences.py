# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.image_generation_provider_preferences` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, TypedDict

if TYPE_CHECKING:
    from openrouter_core.dicts.provider_options import ProviderOptionsDict
    from openrouter_core.dicts.provider_sort_config import ProviderSortConfigDict

__all__ = [
    "ImageGenerationProviderPreferencesDict",
    "ImageGenerationProviderPreferencesSortDict",
]


class ImageGenerationProviderPreferencesDict(TypedDict, total=False):
    """The dict form of :class:`ImageGenerationProviderPreferences`."""

    allow_fallbacks: bool | None
    ignore: list[str] | None
    only: list[str] | None
    options: ProviderOptionsDict | None
    order: list[str] | None
    sort: ImageGenerationProviderPreferencesSortDict | None


ImageGenerationProviderPreferencesSortDict: TypeAlias = "str | ProviderSortConfigDict"
