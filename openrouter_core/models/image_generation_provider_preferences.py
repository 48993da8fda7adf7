# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationProviderPreferences) by `python -m codegen`; do not edit.
"""Provider routing preferences and provider-specific passthrough configuration."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.provider_sort_config import ProviderSortConfig

if TYPE_CHECKING:
    from openrouter_core.models.provider_options import ProviderOptions

ImageGenerationProviderPreferencesSort: TypeAlias = str | ProviderSortConfig
"""The sorting strategy to use for this request, if "order" is not specified."""


def _choose_image_generation_provider_preferences_sort(data: Any) -> Any:
    """The member of :data:`ImageGenerationProviderPreferencesSort` that ``data`` is, by its JSON
    type.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return ProviderSortConfig
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"ImageGenerationProviderPreferencesSort: expected a string or an object, got {type(data).__name__}"
    )


register_union(
    ImageGenerationProviderPreferencesSort, _choose_image_generation_provider_preferences_sort
)


@attrs.frozen(kw_only=True)
class ImageGenerationProviderPreferences:
    """Provider routing preferences and provider-specific passthrough configuration."""

    allow_fallbacks: bool | Unset | None = UNSET
    """Whether to allow backup providers to serve requests - true: (default) when the primary
    provider (or your custom providers in "order") is unavailable, use the next best provider.
    """
    ignore: list[str] | Unset | None = UNSET
    """List of provider slugs to ignore."""
    only: list[str] | Unset | None = UNSET
    """List of provider slugs to allow."""
    options: ProviderOptions | None = None
    order: list[str] | Unset | None = UNSET
    """An ordered list of provider slugs."""
    sort: ImageGenerationProviderPreferencesSort | Unset | None = UNSET
    """The sorting strategy to use for this request, if "order" is not specified."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allow_fallbacks: bool | Unset | None = UNSET,
        ignore: list[str] | Unset | None = UNSET,
        only: list[str] | Unset | None = UNSET,
        options: ProviderOptions | None = None,
        order: list[str] | Unset | None = UNSET,
        sort: ImageGenerationProviderPreferencesSort | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allow_fallbacks", allow_fallbacks)
        _setattr("ignore", ignore)
        _setattr("only", only)
        _setattr("options", options)
        _setattr("order", order)
        _setattr("sort", sort)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allow_fallbacks={self.allow_fallbacks!r}, "
            f"ignore={self.ignore!r}, "
            f"only={self.only!r}, "
            f"options={self.options!r}, "
            f"order={self.order!r}, "
            f"sort={self.sort!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allow_fallbacks,
            self.ignore,
            self.only,
            self.options,
            self.order,
            self.sort,
            self.extra_fields,
        ) == (
            other.allow_fallbacks,
            other.ignore,
            other.only,
            other.options,
            other.order,
            other.sort,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageGenerationProviderPreferences",
                self.allow_fallbacks,
                self.ignore,
                self.only,
                self.options,
                self.order,
                self.sort,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
