# Generated from the OpenRouter OpenAPI spec (components/schemas/SearchModelsServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:experimental__search_models server tool."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SearchModelsServerToolConfig:
    """Configuration for the openrouter:experimental__search_models server tool."""

    max_results: int | None = None
    """Maximum number of models to return."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        max_results: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("max_results", max_results)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(max_results={self.max_results!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.max_results, self.extra_fields) == (other.max_results, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("SearchModelsServerToolConfig", self.max_results, self.extra_fields))

    # --- end of attrs methods ---
